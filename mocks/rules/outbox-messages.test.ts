import { invitationMessage, messageLanguage, passwordResetMessage } from './outbox-messages';

describe('the language of a message', () => {
  it.each([
    [null, 'en'],
    ['', 'en'],
    ['fr-BE,fr;q=0.9,en;q=0.8', 'fr'],
    ['de-CH', 'de'],
    ['es-ES,nl;q=0.5', 'nl'],
    ['en;q=0.2,nl-BE;q=0.9', 'nl'],
    ['fr;q=0,de', 'de'],
    ['*', 'en'],
  ] as const)('of Accept-Language %j is %s', (header, language) => {
    expect(messageLanguage(header)).toBe(language);
  });
});

describe('the messages', () => {
  const facts = { inviter: 'Nathalie Dubois', merchant: 'Atelier Lumière', role: 'finance', expiresAt: '2026-12-01T13:45:00.000Z', timeZone: 'Europe/Brussels' } as const;

  it('say who invites to what, as which role, and until when the link works', () => {
    expect(invitationMessage(facts, 'en')).toEqual({
      subject: 'Nathalie Dubois invites you to Atelier Lumière on Comptoir',
      body: expect.stringContaining('with the role Finance.\n\nOpen the link below to give your name and choose a password. It works once, until 1 December 2026 at 14:45 Central European Standard Time.'),
    });
    expect(invitationMessage(facts, 'de').body).toContain('mit der Rolle Finanzen beizutreten');
    expect(invitationMessage(facts, 'nl').subject).toBe('Nathalie Dubois nodigt u uit bij Atelier Lumière op Comptoir');
  });

  it('tell a reset link’s hour in the language', () => {
    expect(passwordResetMessage({ expiresAt: '2026-11-24T14:45:00.000Z', timeZone: 'Europe/Zurich' }, 'fr').body).toContain("jusqu'au 24 novembre 2026 à 15:45 heure normale d’Europe centrale");
  });
});

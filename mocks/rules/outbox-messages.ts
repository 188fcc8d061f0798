import type { Role } from '@/contract/common';
import { dateTimeFormat } from '@/contract/intl-formats';
import { documentLanguages } from '@/contract/orders';

// The e-mails the backend sends, in the languages of the provider's markets: in the language of
// the person whose action sent them (the request's Accept-Language).

export type MessageLanguage = (typeof documentLanguages)[number];

/** The first of the request's languages that has words here, in the order of preference; English otherwise. */
export function messageLanguage(acceptLanguage: string | null): MessageLanguage {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const q = Number(/^q=([\d.]+)$/.exec(parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith('q=')) ?? '')?.[1] ?? 1);
      return { language: tag.trim().slice(0, 2).toLowerCase(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter(({ q }) => q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map(({ language }) => language).find((language): language is MessageLanguage => (documentLanguages as readonly string[]).includes(language)) ?? 'en';
}

const locales: Record<MessageLanguage, string> = { en: 'en-GB', fr: 'fr-BE', nl: 'nl-BE', de: 'de-DE' };

// The roles as the app's team page names them, so that the message and the page agree.
const roleNames: Record<MessageLanguage, Record<Role, string>> = {
  en: { admin: 'Admin', finance: 'Finance', support: 'Support agent' },
  fr: { admin: 'Administrateur', finance: 'Finance', support: 'Agent de support' },
  nl: { admin: 'Beheerder', finance: 'Financiën', support: 'Supportmedewerker' },
  de: { admin: 'Administrator', finance: 'Finanzen', support: 'Support-Mitarbeiter' },
};

/**
 * The instant in the language, on the merchant's clock as the team page shows it, the zone named
 * ("1 December 2026 at 14:45 Central European Standard Time").
 */
function when(instant: string, language: MessageLanguage, timeZone: string): string {
  const options = { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'long' } as const;
  return dateTimeFormat(locales[language], options).format(new Date(instant));
}

export interface MessageText {
  subject: string;
  body: string;
}

export interface InvitationFacts {
  inviter: string;
  merchant: string;
  role: Role;
  expiresAt: string;
  /** The merchant's, whose clock the message tells the time on. */
  timeZone: string;
}

export function invitationMessage({ inviter, merchant, role, expiresAt, timeZone }: InvitationFacts, language: MessageLanguage): MessageText {
  const as = roleNames[language][role];
  const until = when(expiresAt, language, timeZone);
  switch (language) {
    case 'en':
      return {
        subject: `${inviter} invites you to ${merchant} on Comptoir`,
        body: `Hello,\n\n${inviter} invites you to join ${merchant} on Comptoir, the back office of your invoice and pay-later orders, with the role ${as}.\n\nOpen the link below to give your name and choose a password. It works once, until ${until}.\n\nIf you did not expect this invitation, you can ignore this message.`,
      };
    case 'fr':
      return {
        subject: `${inviter} vous invite à rejoindre ${merchant} sur Comptoir`,
        body: `Bonjour,\n\n${inviter} vous invite à rejoindre ${merchant} sur Comptoir, le back-office de vos commandes sur facture et en paiement différé, avec le rôle ${as}.\n\nOuvrez le lien ci-dessous pour indiquer votre nom et choisir un mot de passe. Il fonctionne une seule fois, jusqu'au ${until}.\n\nSi vous n'attendiez pas cette invitation, ignorez ce message.`,
      };
    case 'nl':
      return {
        subject: `${inviter} nodigt u uit bij ${merchant} op Comptoir`,
        body: `Hallo,\n\n${inviter} nodigt u uit om met de rol ${as} deel te nemen aan ${merchant} op Comptoir, de backoffice voor uw bestellingen op factuur en achteraf betalen.\n\nOpen de link hieronder om uw naam in te vullen en een wachtwoord te kiezen. Hij werkt één keer, tot ${until}.\n\nVerwachtte u deze uitnodiging niet, dan kunt u dit bericht negeren.`,
      };
    case 'de':
      return {
        subject: `${inviter} lädt Sie zu ${merchant} auf Comptoir ein`,
        body: `Guten Tag,\n\n${inviter} lädt Sie ein, ${merchant} auf Comptoir, dem Backoffice für Ihre Bestellungen auf Rechnung und mit späterer Zahlung, mit der Rolle ${as} beizutreten.\n\nÖffnen Sie den Link unten, um Ihren Namen anzugeben und ein Passwort zu wählen. Er funktioniert einmal, bis ${until}.\n\nWenn Sie diese Einladung nicht erwartet haben, können Sie diese Nachricht ignorieren.`,
      };
  }
}

export function passwordResetMessage({ expiresAt, timeZone }: { expiresAt: string; timeZone: string }, language: MessageLanguage): MessageText {
  const until = when(expiresAt, language, timeZone);
  switch (language) {
    case 'en':
      return {
        subject: 'Reset your Comptoir password',
        body: `Hello,\n\nSomeone asked to reset the password of your Comptoir account. Open the link below to choose a new one. It works once, until ${until}.\n\nIf you did not ask for this, you can ignore this message: your password stays as it is.`,
      };
    case 'fr':
      return {
        subject: 'Réinitialisez votre mot de passe Comptoir',
        body: `Bonjour,\n\nQuelqu'un a demandé à réinitialiser le mot de passe de votre compte Comptoir. Ouvrez le lien ci-dessous pour en choisir un nouveau. Il fonctionne une seule fois, jusqu'au ${until}.\n\nSi vous n'avez rien demandé, ignorez ce message : votre mot de passe ne change pas.`,
      };
    case 'nl':
      return {
        subject: 'Stel uw Comptoir-wachtwoord opnieuw in',
        body: `Hallo,\n\nIemand heeft gevraagd het wachtwoord van uw Comptoir-account opnieuw in te stellen. Open de link hieronder om een nieuw wachtwoord te kiezen. Hij werkt één keer, tot ${until}.\n\nHebt u hier niet om gevraagd, dan kunt u dit bericht negeren: uw wachtwoord blijft zoals het is.`,
      };
    case 'de':
      return {
        subject: 'Setzen Sie Ihr Comptoir-Passwort zurück',
        body: `Guten Tag,\n\njemand hat das Zurücksetzen des Passworts Ihres Comptoir-Kontos angefordert. Öffnen Sie den Link unten, um ein neues zu wählen. Er funktioniert einmal, bis ${until}.\n\nWenn Sie das nicht angefordert haben, können Sie diese Nachricht ignorieren: Ihr Passwort bleibt, wie es ist.`,
      };
  }
}

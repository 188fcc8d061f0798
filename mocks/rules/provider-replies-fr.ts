import type { ReplyTexts } from './provider-reply-texts';

const order = (orderNumber: string | null) => (orderNumber ? `la commande ${orderNumber}` : 'la commande');

export const frenchReplies: ReplyTexts = {
  locales: { EUR: 'fr-BE', CHF: 'fr-CH' },
  signature: (agent) => `${agent}, service client Comptoir Pay`,
  scripts: {
    activation: ({ orderNumber }) => [
      {
        status: 'answered',
        body: `Une commande peut être activée dès que sa marchandise est expédiée, tant qu'elle n'a pas expiré : le bouton Activer se trouve sur la page de ${order(orderNumber)}. Si l'activation est de nouveau refusée, indiquez-nous le message affiché sur la page et nous examinerons la question.`,
      },
    ],
    credit: ({ orderNumber }) => [
      {
        status: 'answered',
        body: `Nous vous invitons à l'enregistrer vous-même comme annulation partielle de ${order(orderNumber)}, avec les articles retournés : la note de crédit est émise aussitôt et le client ne paie plus que le solde. Si toute la marchandise est revenue, il s'agit d'une annulation de la commande.`,
      },
    ],
    'payment-term-extension': ({ orderNumber, wishedDueDate }) => [
      {
        status: 'answered',
        body: `Notre service de recouvrement accepte de reporter l'échéance de ${order(orderNumber)} ${wishedDueDate ? `au ${wishedDueDate}` : 'à la date demandée'}. La facture garde sa propre date d'échéance, mais aucun rappel ne sera envoyé avant la date convenue, et le client recevra notre confirmation par e-mail.`,
      },
    ],
    'missing-payment': ({ orderNumber, paymentDate, paidAmount, shopperBankReference }) => [
      {
        status: 'waiting-for-you',
        body: `Nous n'avons pas encore trouvé de paiement ${paidAmount ? `de ${paidAmount}` : 'du montant indiqué'} effectué ${paymentDate ? `le ${paymentDate}` : 'à la date indiquée'}${shopperBankReference ? ` avec la référence « ${shopperBankReference} »` : ''} pour ${order(orderNumber)}. Pourriez-vous demander au client la confirmation du virement délivrée par sa banque, et nous indiquer l'IBAN vers lequel il a été envoyé ?`,
      },
      {
        status: 'answered',
        body: `Merci. Nous avons retrouvé le virement : il nous est parvenu sans la référence de paiement et n'a donc pas pu être rattaché automatiquement à ${order(orderNumber)}. Notre équipe de rapprochement l'affecte manuellement ; le paiement apparaîtra sur la commande d'ici deux jours ouvrables.`,
      },
    ],
    statement: () => [
      {
        status: 'answered',
        body: "Dans le CSV du relevé, la description de chaque ligne de frais et de chaque correction indique la commande concernée. Une correction sans commande est l'écart d'une semaine précédente, repris une fois son dernier remboursement comptabilisé.",
      },
    ],
    technical: () => [
      {
        status: 'answered',
        body: "Merci de nous l'avoir signalé. Nous avons pu reproduire le problème et nos développeurs préparent une correction ; nous vous écrirons ici dès qu'elle sera en ligne.",
      },
    ],
    other: () => [
      {
        status: 'answered',
        body: "Merci pour votre message. Nous l'avons examiné avec l'équipe concernée ; n'hésitez pas à nous dire si un point reste à éclaircir.",
      },
    ],
  },
  closing: (ticketNumber) =>
    `Merci de nous avoir tenus au courant. Tout étant réglé, nous clôturons ce ticket. Vous pouvez nous réécrire à tout moment en mentionnant le ticket ${ticketNumber}.`,
  holding: "Merci pour votre question. Nous l'avons transmise à notre service comptable, qui vous répondra ici après examen.",
};

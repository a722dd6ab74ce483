/** What the browser shows when the authorisation server sends it back to Pouet's loopback listener. */
export type CallbackOutcome = 'signed_in' | 'denied' | 'failed' | 'wrong_state' | 'not_found';

interface PageText {
  status: number;
  en: [title: string, body: string];
  fr: [title: string, body: string];
}

const PAGES: Record<CallbackOutcome, PageText> = {
  signed_in: {
    status: 200,
    en: ['You’re signed in', 'You can close this tab and go back to Pouet.'],
    fr: ['Vous êtes connecté·e', 'Vous pouvez fermer cet onglet et revenir à Pouet.'],
  },
  denied: {
    status: 200,
    en: ['Sign-in cancelled', 'You chose not to authorise Pouet. You can close this tab.'],
    fr: ['Connexion annulée', 'Vous avez choisi de ne pas autoriser Pouet. Vous pouvez fermer cet onglet.'],
  },
  failed: {
    status: 400,
    en: ['Sign-in failed', 'The server did not authorise Pouet. Go back to Pouet to see what happened.'],
    fr: ['La connexion a échoué', 'Le serveur n’a pas autorisé Pouet. Revenez à Pouet pour en savoir plus.'],
  },
  wrong_state: {
    status: 400,
    en: [
      'This link is not for this sign-in',
      'It does not match the sign-in Pouet is waiting for. Start again from Pouet.',
    ],
    fr: [
      'Ce lien ne correspond pas',
      'Il ne correspond pas à la connexion qu’attend Pouet. Recommencez depuis Pouet.',
    ],
  },
  not_found: {
    status: 404,
    en: ['Nothing here', 'Pouet only listens for the sign-in callback.'],
    fr: ['Rien ici', 'Pouet n’attend que le retour de la connexion.'],
  },
};

/** Security headers for a page that needs nothing beyond its own inline style. */
export const callbackPageHeaders = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  connection: 'close',
};

/** A small bilingual page (English, then French), with no external resource. */
export function callbackPage(outcome: CallbackOutcome): { status: number; html: string } {
  const page = PAGES[outcome];
  const [enTitle, enBody] = page.en;
  const [frTitle, frBody] = page.fr;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pouet — ${enTitle}</title>
<style>
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; }
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; }
  main { max-width: 28rem; padding: 2rem; text-align: center; }
  h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
  p { margin: 0 0 1.5rem; line-height: 1.5; }
  hr { border: none; border-top: 1px solid currentColor; opacity: .2; margin: 1.5rem 0; }
</style>
</head>
<body>
<main>
  <h1>${enTitle}</h1>
  <p>${enBody}</p>
  <hr>
  <div lang="fr">
    <h1>${frTitle}</h1>
    <p>${frBody}</p>
  </div>
</main>
</body>
</html>
`;
  return { status: page.status, html };
}

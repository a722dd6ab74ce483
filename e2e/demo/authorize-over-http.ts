/**
 * Approves an authorize page of the fake instance the way a person in a browser would — load the form,
 * sign in, press "Authorize", follow the redirect back to the app — with plain HTTP. The desktop demo uses
 * it where there is no test browser at hand.
 */
export async function authorizeOverHttp(
  authorizeUrl: string,
  username: string,
  password = 'password',
): Promise<void> {
  const page = await fetch(authorizeUrl);
  const html = await page.text();
  const action = /<form[^>]*action="([^"]+)"/i.exec(html)?.[1];
  if (!page.ok || !action) throw new Error(`No sign-in form at ${authorizeUrl}`);
  const form = new URLSearchParams();
  for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)) {
    form.set(unescapeHtml(name!), unescapeHtml(value!));
  }
  form.set('username', username);
  form.set('password', password);
  form.set('decision', 'authorize');
  const posted = await fetch(new URL(unescapeHtml(action), authorizeUrl), {
    method: 'POST',
    body: form,
    redirect: 'manual',
  });
  const location = posted.headers.get('location');
  if (!location) throw new Error(`The demo instance did not redirect after authorising (${posted.status})`);
  await fetch(new URL(location, authorizeUrl));
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
const unescapeHtml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => entities[name]!);

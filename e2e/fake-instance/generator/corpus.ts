/**
 * Words the generator writes with. Foreign-language lines carry an English rendering, used as the
 * translation. `{tag:x}` becomes a hashtag, `{link}` a link with a preview card, `{emoji}` a custom emoji.
 */
export interface Line {
  text: string;
  en?: string;
}

export const ENGLISH: string[] = [
  'Finally got the sourdough starter to behave. Three days of feeding and it smells like apples now. {tag:Baking}',
  'Morning ride along the canal: 32 km, two herons, one very judgemental goose. {tag:Cycling}',
  'Hot take: the best code review comment is a question, not an instruction.',
  'Reading about async Rust again and this time Pin finally clicked. {link} {tag:RustLang}',
  'Does anyone else keep a notebook just for the names of songs they heard in cafés? {tag:Music}',
  'Tiny wins today: fixed a flaky test that had haunted us since March. It was a timezone. It is always a timezone.',
  'The first frost came overnight and the garden looks like it was dusted with sugar. {tag:Gardening}',
  'Friendly reminder to add alt text to your images. It takes ten seconds and makes your post readable for everyone. {tag:FediTips}',
  'If you want your replies to show up for everyone, keep them public or unlisted, not followers-only. {tag:FediTips}',
  'Comet tonight! Look north-west after sunset. {link} {tag:Astronomy}',
  'Second coffee of the day and the inbox is still winning. {emoji}',
  'Released v2.0 of the little feed reader I maintain. Markers sync, grouped notifications, keyboard map. {link} {tag:OpenSource}',
  'Watched the TypeScript 7 keynote. Type checking ten times faster is going to change how big monorepos feel. {link} {tag:TypeScript}',
  'Library haul: two novels, one book about moss, and a cookbook I will read like a novel.',
  'Today I learned that octopuses taste with their arms. Have a good weekend.',
  'Weekly reminder that the fediverse is people. Say hi to someone new today. {emoji}',
  'Spoiler alert for the season finale: I did not see that twist coming at all.',
  'Someone explain to me why every crypto startup needs a mascot. Asking for a friend.',
  'The rain stopped, the light came through, and for five minutes the whole street was gold. {tag:Photography}',
  'New blog post on pairing with junior developers: ask more, tell less, and write down what surprised you.',
  'Minimalist setup update: one monitor, one keyboard, and a cat who has opinions about both. {tag:Caturday}',
  'Thread about why I moved my team to trunk-based development, and what we got wrong the first month. 🧵',
  'Quote posts are here and honestly they feel gentler than I feared. Controls for who can quote you help a lot. {link} {tag:Mastodon}',
];

export const FRENCH: Line[] = [
  {
    text: 'Premier café en terrasse de l’année, le soleil est timide mais présent. ☕',
    en: 'First coffee on a terrace this year, the sun is shy but here. ☕',
  },
  {
    text: 'Ce week-end : tarte Tatin maison. La recette est ici {link}',
    en: 'This weekend: homemade tarte Tatin. The recipe is here {link}',
  },
  {
    text: 'Quelqu’un connaît une bonne librairie de BD à Lyon ? {tag:BandeDessinée}',
    en: 'Does anyone know a good comic bookshop in Lyon? {tag:BandeDessinée}',
  },
  {
    text: 'La pluie ne s’arrête pas, mais les escargots sont ravis. {tag:Jardinage}',
    en: 'The rain won’t stop, but the snails are delighted. {tag:Jardinage}',
  },
  {
    text: 'Petite balade au bord de la Loire ce matin, le brouillard était magnifique. {tag:Photographie}',
    en: 'A short walk along the Loire this morning, the fog was beautiful. {tag:Photographie}',
  },
];

export const GERMAN: Line[] = [
  {
    text: 'Endlich Wochenende! Das Wetter in Berlin wird sonnig und kühl {link}',
    en: 'Finally the weekend! The weather in Berlin will be sunny and cool {link}',
  },
  {
    text: 'Heute habe ich gelernt, wie man Brot ohne Hefe backt. {tag:Backen}',
    en: 'Today I learned how to bake bread without yeast. {tag:Backen}',
  },
  {
    text: 'Die Bahn war pünktlich. Ich wiederhole: die Bahn war pünktlich. 🚆',
    en: 'The train was on time. I repeat: the train was on time. 🚆',
  },
  {
    text: 'Neues Projekt angefangen: ein kleiner Mastodon-Bot für Wetterwarnungen. {tag:OpenSource}',
    en: 'Started a new project: a small Mastodon bot for weather warnings. {tag:OpenSource}',
  },
];

export const SPANISH: Line[] = [
  {
    text: '¡Buenos días! Hoy toca paella con la familia. {tag:Cocina}',
    en: 'Good morning! Paella with the family today. {tag:Cocina}',
  },
  {
    text: 'Alguien más está aprendiendo Rust? Busco compañeros de estudio. {tag:RustLang}',
    en: 'Is anyone else learning Rust? Looking for study buddies. {tag:RustLang}',
  },
  {
    text: 'El atardecer desde la azotea hoy ha sido increíble. {tag:Fotografía}',
    en: 'The sunset from the rooftop today was incredible. {tag:Fotografía}',
  },
];

export const JAPANESE: Line[] = [
  {
    text: 'おはようございます。今日は朝から雨ですね。☔',
    en: 'Good morning. It has been raining since the morning today. ☔',
  },
  {
    text: '新しいカメラを買いました！週末に写真を撮りに行きます。{tag:写真}',
    en: 'I bought a new camera! Going out to take photos this weekend. {tag:写真}',
  },
  {
    text: '猫が膝の上で寝てしまって動けません。{tag:Caturday}',
    en: 'The cat fell asleep on my lap and I cannot move. {tag:Caturday}',
  },
];

export const REPLIES: string[] = [
  'This is so good, thank you for sharing!',
  'Completely agree. We had the same experience last year.',
  'Ha! The goose always wins.',
  'Do you have a link to the recipe?',
  'I tried this and it worked perfectly, thanks.',
  'Counterpoint: sometimes an instruction is kinder than a riddle.',
  'Saving this for later. 🔖',
  'Oh no, not the timezone again.',
  'Beautiful. Where was this taken?',
  'Congrats on the release! 🎉',
];

export const THREAD: string[] = [
  'Thread about why I moved my team to trunk-based development. 🧵 1/4',
  '2/4 Long-lived branches were hiding integration problems until the worst possible moment: the day before a release.',
  '3/4 The first month was rough. We needed feature flags, faster CI, and a habit of small pull requests.',
  '4/4 Six months later: fewer surprises, calmer releases, and reviews that take minutes instead of days. Questions welcome!',
];

export const CONTENT_WARNINGS: { cw: string; text: string }[] = [
  {
    cw: 'Season finale spoilers',
    text: 'The twist in the last episode: the narrator was the lighthouse keeper all along. I screamed.',
  },
  {
    cw: 'Food, very long',
    text: 'Here is my full list of ramen shops ranked by broth.\n\n1. Shoyu place near the station.\n2. The tiny tonkotsu counter.\n3. Anywhere with a queue.',
  },
  {
    cw: 'Mental health, positive',
    text: 'Six months of therapy and I finally stopped apologising for taking up space. Be gentle with yourselves.',
  },
  { cw: 'Politics (local)', text: 'The city council voted for the new bike lanes. Small steps, but steps.' },
];

export const ALT_TEXTS: string[] = [
  'A wide landscape with rolling hills under a soft orange sky, a pale sun low on the horizon.',
  'Layered blue mountains fading into mist, photographed at dusk.',
  'A calm lake reflecting purple clouds, with a dark ridge of hills behind it.',
  'Close-up of a sourdough loaf with a deep brown crust, cut open on a wooden board.',
  'A grey cat asleep on a keyboard, one paw covering the space bar.',
  'A heron standing in shallow water next to a canal path.',
  'Frost on the leaves of a kale plant in a garden bed.',
  'A snake coiled on a warm rock in the sun.',
  'Night sky with a faint comet tail above a line of trees.',
];

export const POLLS: { question: string; options: string[]; multiple?: boolean }[] = [
  {
    question: 'Tabs or spaces? Settle it once and for all.',
    options: ['Tabs', 'Spaces', 'Whatever the formatter says'],
  },
  {
    question: 'Which feature should the next release focus on?',
    options: ['Markers sync', 'Keyboard navigation', 'Offline cache', 'Themes'],
    multiple: true,
  },
  { question: 'Best time for a walk?', options: ['Sunrise', 'Lunch break', 'Sunset', 'Midnight'] },
  {
    question: 'Do you write alt text for every image?',
    options: ['Always', 'Usually', 'Sometimes', 'I will start today'],
  },
];

export const EMOJI_CODES = [
  'blobcat',
  'blobheart',
  'mastodon',
  'verified',
  'coffee',
  'partyparrot',
  'ferris',
  'catjam',
  'thinkhappy',
  'wave',
];

import type { Catalog } from './en';

export const fr: Catalog = {
  app: {
    name: 'Pouet',
    tagline: 'Votre fédivers, en colonnes.',
  },
  sidebar: {
    label: 'Comptes et actions',
    addAccount: 'Ajouter un compte',
    settings: 'Réglages',
    noAccounts: 'Aucun compte pour l’instant',
  },
  deck: {
    label: 'Tableau',
    emptyTitle: 'Bienvenue dans Pouet',
    emptyBody:
      'Lisez votre fil d’accueil, vos notifications, les fils local et fédéré, des hashtags et des listes côte à côte, en direct et dans l’ordre. Sans pub, sans algorithme.',
    signIn: 'Se connecter à une instance',
    signInHint:
      'Mastodon et les serveurs compatibles. La connexion se fait dans votre navigateur : Pouet ne voit jamais votre mot de passe.',
  },
  settings: {
    title: 'Réglages',
    close: 'Fermer les réglages',
    appearance: 'Apparence',
    theme: 'Thème',
    themeSystem: 'Suivre le système',
    themeLight: 'Clair',
    themeDark: 'Sombre',
    language: 'Langue',
    languageSystem: 'Suivre le système',
    reduceMotion: 'Réduire les animations (ni avatars ni émojis animés)',
    saveFailed: 'Impossible d’enregistrer vos réglages : {{message}}',
  },
  notices: {
    dismiss: 'Fermer',
    file_corrupt:
      'Votre fichier de {{label}} était illisible : Pouet a démarré avec les valeurs par défaut. L’ancien fichier a été conservé ici : {{path}}.',
  },
  errors: {
    title: 'Un problème est survenu',
    body: 'Cette partie de Pouet a cessé de fonctionner. Vos comptes et brouillons sont en sécurité.',
    retry: 'Réessayer',
    details: 'Détails',
    noShell: 'Pouet doit être ouvert depuis son application de bureau.',
  },
};

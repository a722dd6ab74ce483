/** The real change-case, under the name the renderer build gives it (see renderer.aliases.config.ts). */
declare module 'change-case-original' {
  export * from 'change-case';
}

/** The Pouet mark (the same drawing as assets/icon.svg). */
export function Logo({ size = 32 }: { size?: number }) {
  return <img className="logo" src="/icon.svg" width={size} height={size} alt="" />;
}

/** A short, playable WAV (a soft two-note chime) for seeded audio attachments. */
export function chimeWav(look: number, seconds = 2): Buffer {
  const rate = 8000;
  const samples = rate * seconds;
  const data = Buffer.alloc(samples);
  const f1 = 330 + (look % 7) * 40;
  const f2 = f1 * 1.5;
  for (let i = 0; i < samples; i++) {
    const t = i / rate;
    const env = Math.exp(-2 * (t % 1));
    const v =
      (Math.sin(2 * Math.PI * (t < 1 ? f1 : f2) * t) * 0.5 + Math.sin(2 * Math.PI * f1 * 2 * t) * 0.1) * env;
    data[i] = Math.round(128 + v * 100);
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + samples, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(samples, 40);
  return Buffer.concat([header, data]);
}

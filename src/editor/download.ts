/** Files the editor hands to the maintainer: blob URLs made on the page, never a request. */
export interface Saved {
  name: string;
  url: string;
}

/** Starts a download of `bytes` as `name` and returns the link, so the page can offer it again. */
export function saveFile(name: string, bytes: BlobPart, type: string): Saved {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  return { name, url };
}

/** Forgets links made earlier (the previous download's blobs). */
export function revoke(saved: readonly Saved[]): void {
  for (const s of saved) URL.revokeObjectURL(s.url);
}

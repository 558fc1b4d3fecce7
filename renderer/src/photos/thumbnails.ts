// A photo's thumbnail as the desk makes it (photo.read, size thumbnail: an upright JPEG), as a data: address that an <img> shows in Electron and the browser alike; asked once per file.
import { useEffect, useState } from 'react';
import { PHOTO_CONTENT_TYPES } from '../../../shared/photo';

/** Thumbnails asked for, by photo file (a photo's file never changes: its name is its bytes' hash). A refusal is not kept. */
const asked = new Map<string, Promise<string>>();

function thumbnailOf(file: string): Promise<string> {
  let answer = asked.get(file);
  if (!answer) {
    answer = window.bulletinDesk
      .call('photo.read', { file, size: 'thumbnail' })
      .then(({ base64, format }) => `data:${PHOTO_CONTENT_TYPES[format]};base64,${base64}`);
    asked.set(file, answer);
    answer.catch(() => asked.delete(file));
  }
  return answer;
}

/** The thumbnail's address once read, or why it cannot be shown (the desk's refusal, as thrown). */
export function useThumbnail(file: string): { src?: string; failure?: unknown } {
  const [state, setState] = useState<{ file: string; src?: string; failure?: unknown }>({ file });
  useEffect(() => {
    let live = true;
    thumbnailOf(file).then(
      (src) => live && setState({ file, src }),
      (failure: unknown) => live && setState({ file, failure }),
    );
    return () => {
      live = false;
    };
  }, [file]);
  return state.file === file ? state : {};
}

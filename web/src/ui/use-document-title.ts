import { useEffect } from 'react';

/** Sets the browser tab title to "<page> · Selaras". */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Selaras` : 'Selaras';
  }, [title]);
}

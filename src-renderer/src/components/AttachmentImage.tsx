import { useQuery } from '../useQuery';

/** An image kept in the workspace, shown from its data (no file or network address is involved). */
export function AttachmentImage({ id, alt }: { id: string; alt: string }) {
  const { data, error } = useQuery('attachment.get', { id });
  if (error) return <span className="field-error">{error}</span>;
  if (!data) return <span className="field-hint">Loading the image…</span>;
  return <img className="attachment" src={`data:${data.mimeType};base64,${data.dataBase64}`} alt={alt} />;
}

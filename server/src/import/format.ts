/** The files the importer reads. */
export type ImportFormat = 'txt' | 'docx' | 'xlsx';

/** The format a file is read as, by its name; undefined for a file the importer does not read. */
export function importFormatOf(fileName: string): ImportFormat | undefined {
  const m = /\.(txt|docx|xlsx)$/i.exec(fileName);
  return m ? (m[1]!.toLowerCase() as ImportFormat) : undefined;
}

/** `说明.docx` → `说明.budget.yaml`: the name of the imported document, beside its source. */
export function importedName(file: string): string {
  return file.replace(/\.(txt|docx|xlsx)$/i, '') + '.budget.yaml';
}

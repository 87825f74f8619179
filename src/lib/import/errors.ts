/** A file the importer refuses (PDF, empty, binary, not an administrative text): exit 2, nothing written. */
export class ImportRefusal extends Error {
  readonly exitCode = 2;
}

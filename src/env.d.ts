/** Request-scoped values shared by a page's components during rendering. */
declare namespace App {
  interface Locals {
    /** Id of the document a DocumentPage is rendering; StructurePart reads it to show the clause's responsible bodies. */
    documentId?: string;
  }
}

import { z } from 'astro/zod';
import { Text } from './text.ts';

/**
 * Function account in the notes' own notation: hovedkonto.hovedfunktion.funktion, e.g. `05.57.73`.
 * The kontoplan's hovedkonti are 0–9, written 00–09.
 */
export const AccountNumber = z
  .string()
  .regex(/^0\d\.\d{2}\.\d{2}$/, { message: 'expected a function account written 0N.NN.NN (hovedkonto 00–09), e.g. "05.57.73"' });

/** Whole Danish kroner: an integer, never negative, never a string like "989.049.000". */
const Kroner = z
  .number({
    // A missing amount and a mistyped one need different fixes; say which it is.
    error: (issue) =>
      issue.input === undefined
        ? 'expected an amount in whole kroner (the field is missing)'
        : 'expected a number of whole kroner (write 989049000, not "989.049.000")',
  })
  .int({ message: 'expected whole kroner, without øre' })
  .nonnegative({ message: 'expected an amount of 0 kr. or more' });

/** A Danish kebab-case slug of another area (æ→ae, ø→oe, å→aa). */
export const AreaSlug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'expected the slug of an area, e.g. "boern-og-familie"' });

/** An area of a document: "<document folder>/<slug>", e.g. "2022-oekonomiudvalget/beredskab". */
export const AreaRef = z
  .string()
  .regex(/^\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'expected an area written "<document folder>/<slug>", e.g. "2022-oekonomiudvalget/beredskab"',
  });

/** One part of an area's net budget as the notes list it (Stab, Fælles, Direktionens Fokusområder). */
export const BudgetPart = z.strictObject({
  /** The part's name as the source writes it. */
  label: Text,
  /** The part's amount in whole kroner. */
  amount: Kroner,
});

/** A declared difference between the parts and the net budget that the source itself contains. */
export const PartsDeviation = z.strictObject({
  /** Sum of parts minus net budget, in kroner (negative when the parts fall short). */
  amount: z.number().int(),
  /** What readers are told about the difference; shown on the page. */
  note: Text,
});

/** A column of the recipient table: what was counted, for which year. */
export const RecipientColumn = z.strictObject({
  /** Column heading as the source writes it, e.g. "Faktisk antal 2020". */
  label: Text,
  /** The year the column counts. */
  year: z.number().int().min(2000).max(2100),
  /** Actual count (faktisk) or budgeted count (budget). */
  kind: z.enum(['faktisk', 'budget']),
});

const Count = z
  .number({ message: 'expected a count of recipients (a whole number)' })
  .int({ message: 'expected a whole number of recipients' })
  .nonnegative({ message: 'expected a count of 0 or more' });

/** A row of the recipient table: a function (one or more accounts) with one count per column. */
export const RecipientRow = z.strictObject({
  /** The function accounts the row covers; one row may cover two accounts. */
  accounts: z.array(AccountNumber).min(1),
  /** The row's label as the source writes it (without the account number). */
  label: Text,
  /** One count per column, in column order. */
  values: z.array(Count),
});

/** A group row (a subtotal) and the rows it sums. */
export const RecipientGroup = z.strictObject({
  /** The group's label as the source writes it. */
  label: Text,
  /** The subtotal per column as the source states it; checked against the children. */
  values: z.array(Count),
  /** The rows the subtotal is the sum of. */
  children: z.array(RecipientRow).min(2),
});

/** The table of benefit recipients per function account. */
export const RecipientTable = z.strictObject({
  /** Caption: what the table counts. */
  caption: Text,
  /** Heading of the label column, e.g. "Funktion/kategori". */
  labelHeader: Text,
  /** The count columns, in order. */
  columns: z.array(RecipientColumn).min(1),
  /** Where the counts come from (the source's "Kilde:" line, without "Kilde:"). */
  source: Text,
  /** Rows and group rows, in the source's order. */
  rows: z.array(z.union([RecipientGroup, RecipientRow])).min(1),
});

/** A function account the area covers, with its name as the notes give it. */
export const AreaAccount = z.strictObject({
  /** Account number, 0N.NN.NN. */
  number: AccountNumber,
  /** The function's name as the notes give it. */
  name: Text,
});

/** Frontmatter of one budget area (`content/omraader/*.mdx`). Unknown keys fail. */
export const AreaSchema = z.strictObject({
  /** The area's title exactly as the source writes it. */
  title: Text,
  /** Position in the document, 1 for the first area. */
  order: z.number().int().positive(),
  /** The area's net budget for the budget year, in whole kroner. */
  netBudget: Kroner,
  /** Budget type where the source states it. */
  budgetType: z.enum(['rammebudget']).optional(),
  /** The parts the source splits the net budget into. */
  parts: z.array(BudgetPart).min(2).optional(),
  /** A difference between parts and net that the source contains, declared so it is published and flagged. */
  partsDeviation: PartsDeviation.optional(),
  /** Function accounts the area covers. */
  accounts: z.array(AreaAccount).optional(),
  /** The table of benefit recipients, where the area has one. */
  recipients: RecipientTable.optional(),
  /** Slugs of related areas; declared once, the reverse link is derived. */
  related: z.array(AreaSlug).optional(),
  /**
   * The same area in other documents where its slug differs (a renamed area), written
   * "<document folder>/<slug>"; declared once, the reverse link is derived. Areas with the same
   * slug in documents of the same committee are linked without it.
   */
  sameAreaAs: z.array(AreaRef).optional(),
});

export type AreaData = z.infer<typeof AreaSchema>;
export type BudgetPartData = z.infer<typeof BudgetPart>;
export type RecipientTableData = z.infer<typeof RecipientTable>;
export type RecipientRowData = z.infer<typeof RecipientRow>;
export type RecipientGroupData = z.infer<typeof RecipientGroup>;
export type RecipientColumnData = z.infer<typeof RecipientColumn>;

/** True when a table row is a group (subtotal) row. */
export function isGroupRow(row: RecipientRowData | RecipientGroupData): row is RecipientGroupData {
  return 'children' in row;
}

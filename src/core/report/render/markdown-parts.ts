// The pieces a Markdown part of a report is built from: unpadded tables and cell text.
import { markdownTable as padded } from 'markdown-table';

// Unpadded tables: the PR comment has a 65,536-character limit and padding only helps raw-text readers.
export const markdownTable = (rows: string[][]): string => padded(rows, { alignDelimiters: false, padding: true });

/** Text inside a table cell: no pipes or line breaks. */
export const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

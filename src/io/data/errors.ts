// The error every data reader throws for a bad file, with where in the file the problem is.
/** Where in a data file a problem is; readers fill what they know (the message already says it in words). */
export interface DataLocation {
  file?: string;
  /** 1-based physical line (CSV, JSONL). */
  line?: number;
  /** 0-based row of the table (Parquet). */
  row?: number;
  column?: string;
}

export class DataFormatError extends Error {
  readonly location: DataLocation;

  constructor(message: string, location: DataLocation = {}) {
    super(message);
    this.name = 'DataFormatError';
    this.location = location;
  }
}

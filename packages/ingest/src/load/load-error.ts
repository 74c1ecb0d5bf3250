/** Why a file could not be read as an article; the batch reports it and moves on. */
export type LoadErrorCode =
  | 'EMPTY'
  | 'BINARY'
  | 'INVALID_UTF8'
  | 'TOO_LARGE'
  | 'UNSUPPORTED_LANGUAGE'
  | 'UNSUPPORTED_TYPE'
  | 'UNREADABLE';

export class ArticleLoadError extends Error {
  readonly code: LoadErrorCode;
  constructor(code: LoadErrorCode, message: string) {
    super(message);
    this.name = 'ArticleLoadError';
    this.code = code;
  }
}

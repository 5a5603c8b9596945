import { HttpException } from '@nestjs/common';

/**
 * An HTTP error whose answer carries response headers the status calls for (RFC 9110), such as
 * `Accept-Encoding` on a 415 for a content coding. The problem filter sends them.
 */
export class HttpExceptionWithHeaders extends HttpException {
  constructor(
    status: number,
    message: string,
    readonly headers: Readonly<Record<string, string>>,
  ) {
    super(message, status);
  }
}

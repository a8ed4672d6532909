import {
  type AsyncFlateStreamHandler,
  type UnzipDecoder,
  type UnzipDecoderConstructor,
  UnzipInflate,
} from 'fflate';

const ignore: AsyncFlateStreamHandler = () => {};

/**
 * fflate's own UnzipInflate and UnzipPassThrough have no terminate(), so `file.terminate()` would
 * leave a zip bomb inflating to its very end after we stopped listening. These stop at once.
 */
export class StoppableInflate implements UnzipDecoder {
  static readonly compression = 8;
  ondata: AsyncFlateStreamHandler = ignore;
  private stopped = false;
  private readonly inflate = new UnzipInflate();

  constructor() {
    this.inflate.ondata = (error, data, final) => {
      if (!this.stopped) this.ondata(error, data, final);
    };
  }

  push(chunk: Uint8Array, final: boolean): void {
    if (!this.stopped) this.inflate.push(chunk, final);
  }

  terminate = (): void => {
    this.stopped = true;
  };
}

/** Stored entries (method 0): the bytes as they are, until stopped. */
export class StoppablePassThrough implements UnzipDecoder {
  static readonly compression = 0;
  ondata: AsyncFlateStreamHandler = ignore;
  private stopped = false;

  push(chunk: Uint8Array, final: boolean): void {
    if (!this.stopped) this.ondata(null, chunk as Uint8Array<ArrayBuffer>, final);
  }

  terminate = (): void => {
    this.stopped = true;
  };
}

/**
 * A decoder that drops everything, for a compression method we do not read. fflate's start()
 * throws past its own error for an unregistered method and then keeps the entry's bytes in memory
 * until the archive ends; registering this first lets the entry be skipped in constant memory.
 */
export const discarding = (method: number): UnzipDecoderConstructor =>
  class Discard implements UnzipDecoder {
    static readonly compression = method;
    ondata: AsyncFlateStreamHandler = ignore;
    push(): void {}
  };

/** Shaped like OfficeExtension.Error: the adapter reacts to `code`. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export const notLoaded = (what: string): FakeOfficeError =>
  new FakeOfficeError('PropertyNotLoaded', `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);

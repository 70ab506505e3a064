// svgcanvas ships no types: the part of it we use, a canvas 2D context that records an SVG.
declare module 'svgcanvas' {
  export class Context {
    constructor(width: number, height: number);
    getSerializedSvg(fixNamedEntities?: boolean): string;
  }
}

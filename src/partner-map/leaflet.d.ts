/**
 * The few parts of Leaflet 1.9's ES module build that the map engine uses.
 * (`@types/leaflet` is not a dependency; these declarations cover only our calls.)
 */
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export type LatLngTuple = [number, number];
  export type BoundsTuple = [LatLngTuple, LatLngTuple];

  export interface LatLng {
    lat: number;
    lng: number;
  }

  export interface LatLngBounds {
    contains(point: LatLngTuple | LatLng | LatLngBounds): boolean;
    pad(ratio: number): LatLngBounds;
    getSouthWest(): LatLng;
    getNorthEast(): LatLng;
  }

  export interface LeafletEvent {
    type: string;
  }

  export interface Evented {
    on(type: string, fn: (event: LeafletEvent & Record<string, unknown>) => void): this;
    off(type: string, fn?: (event: LeafletEvent & Record<string, unknown>) => void): this;
  }

  export interface Handler {
    enable(): this;
    disable(): this;
    enabled(): boolean;
  }

  export interface Layer extends Evented {
    addTo(map: LeafletMap): this;
    remove(): this;
  }

  export interface FitBoundsOptions {
    padding?: [number, number];
    maxZoom?: number;
    animate?: boolean;
  }

  export interface MapOptions {
    zoomControl?: boolean;
    attributionControl?: boolean;
    keyboard?: boolean;
    scrollWheelZoom?: boolean;
    minZoom?: number;
    maxZoom?: number;
    maxBounds?: BoundsTuple;
    maxBoundsViscosity?: number;
    zoomAnimation?: boolean;
    fadeAnimation?: boolean;
    markerZoomAnimation?: boolean;
    inertia?: boolean;
    zoomSnap?: number;
    closePopupOnClick?: boolean;
  }

  export interface LeafletMap extends Evented {
    scrollWheelZoom: Handler;
    setView(center: LatLngTuple, zoom: number, options?: {animate?: boolean}): this;
    fitBounds(bounds: BoundsTuple | LatLngBounds, options?: FitBoundsOptions): this;
    getBoundsZoom(bounds: BoundsTuple, inside?: boolean, padding?: [number, number]): number;
    getZoom(): number;
    getMaxZoom(): number;
    getMinZoom(): number;
    setZoom(zoom: number, options?: {animate?: boolean}): this;
    zoomIn(delta?: number, options?: {animate?: boolean}): this;
    zoomOut(delta?: number, options?: {animate?: boolean}): this;
    getBounds(): LatLngBounds;
    panBy(offset: [number, number], options?: {animate?: boolean}): this;
    panInsideBounds(bounds: BoundsTuple): this;
    panInside(latlng: LatLngTuple, options?: {padding?: [number, number]; animate?: boolean}): this;
    invalidateSize(options?: {animate?: boolean}): this;
    closePopup(): this;
    getContainer(): HTMLElement;
    getSize(): Point;
    getPixelOrigin(): Point;
    containerPointToLayerPoint(point: [number, number]): Point;
    remove(): this;
  }

  export interface DivIconOptions {
    html?: string | HTMLElement;
    className?: string;
    iconSize?: [number, number];
    iconAnchor?: [number, number];
    popupAnchor?: [number, number];
  }
  export interface Icon {
    options: DivIconOptions;
  }

  export interface Marker extends Layer {
    getElement(): HTMLElement | undefined;
    getLatLng(): LatLng;
    setLatLng(latlng: LatLngTuple): this;
    setIcon(icon: Icon): this;
    setZIndexOffset(offset: number): this;
  }

  export interface Point {
    x: number;
    y: number;
    add(point: Point): Point;
    equals(point: Point): boolean;
  }

  export interface Bounds {
    contains(point: Point): boolean;
  }

  /** A renderer of vector layers (the outline). */
  export interface Renderer extends Layer {
    options: {padding: number};
  }

  export interface PathOptions {
    renderer?: Renderer;
    color?: string;
    weight?: number;
    opacity?: number;
    fillColor?: string;
    fillOpacity?: number;
    interactive?: boolean;
    attribution?: string;
    className?: string;
  }
  export interface Polygon extends Layer {
    setStyle(style: PathOptions): this;
    bringToFront(): this;
  }

  export interface TileLayerOptions {
    attribution?: string;
    maxZoom?: number;
    minZoom?: number;
    subdomains?: string | string[];
    crossOrigin?: boolean | string;
  }
  export interface TileLayer extends Layer {
    setUrl(url: string): this;
  }

  export interface PopupOptions {
    closeButton?: boolean;
    autoClose?: boolean;
    closeOnEscapeKey?: boolean;
    closeOnClick?: boolean;
    autoPan?: boolean;
    autoPanPadding?: [number, number];
    maxWidth?: number;
    minWidth?: number;
    offset?: [number, number];
    className?: string;
  }
  export interface Popup extends Layer {
    setLatLng(latlng: LatLngTuple): this;
    setContent(content: HTMLElement): this;
    openOn(map: LeafletMap): this;
    isOpen(): boolean;
    getElement(): HTMLElement | undefined;
    update(): void;
  }

  export interface Control {
    addTo(map: LeafletMap): this;
    remove(): this;
  }
  export interface AttributionControl extends Control {
    setPrefix(prefix: string | false): this;
    addAttribution(text: string): this;
    removeAttribution(text: string): this;
  }

  export function map(element: HTMLElement, options?: MapOptions): LeafletMap;
  export function marker(
    latlng: LatLngTuple,
    options?: {icon?: Icon; keyboard?: boolean; riseOnHover?: boolean; zIndexOffset?: number},
  ): Marker;
  export function divIcon(options: DivIconOptions): Icon;
  export function polygon(latlngs: LatLngTuple[][], options?: PathOptions): Polygon;
  export function latLngBounds(bounds: BoundsTuple): LatLngBounds;
  export function svg(options?: {padding?: number}): Renderer;
  export function tileLayer(url: string, options?: TileLayerOptions): TileLayer;
  export function popup(options?: PopupOptions): Popup;
  export const control: {
    zoom(options: {position?: string; zoomInTitle?: string; zoomOutTitle?: string; zoomInText?: string; zoomOutText?: string}): Control;
    attribution(options: {position?: string; prefix?: string | false}): AttributionControl;
  };
}

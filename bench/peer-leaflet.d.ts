/**
 * The little of Leaflet's UMD build (the `leaflet` package's main) and of
 * Leaflet.markercluster that bench/map-cluster.bench.ts uses, to compare our
 * clustering with theirs. The widgets use Leaflet's ES module instead
 * (src/partner-map/leaflet.d.ts).
 */
declare module 'leaflet' {
  type LatLngTuple = [number, number];
  interface Map {
    setView(center: LatLngTuple, zoom: number, options?: {animate?: boolean}): this;
    setZoom(zoom: number, options?: {animate?: boolean}): this;
    panBy(offset: [number, number], options?: {animate?: boolean}): this;
    addLayer(layer: Layer): this;
    remove(): this;
  }
  interface Layer {
    addTo(map: Map): this;
  }
  type Marker = Layer;
  type Icon = object;
  interface MarkerClusterGroup extends Layer {
    addLayers(layers: Marker[]): this;
  }
  const L: {
    map(element: HTMLElement, options?: Record<string, unknown>): Map;
    polygon(rings: LatLngTuple[][], options?: Record<string, unknown>): Layer;
    marker(at: LatLngTuple, options?: {icon?: Icon; title?: string; keyboard?: boolean}): Marker;
    divIcon(options: {className?: string; iconSize?: [number, number]}): Icon;
    markerClusterGroup(options?: {animate?: boolean; chunkedLoading?: boolean}): MarkerClusterGroup;
  };
  export default L;
}

declare module 'leaflet.markercluster';

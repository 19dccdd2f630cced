/**
 * "Dicht bij mij" for the event list: asks the browser for the visitor's
 * position only when the button is pressed, loads the distance code then (a
 * chunk of its own), and sorts by distance until pressed again. Says each step
 * through the widget's announcer; a refusal or failure becomes a polite status.
 */
import type {ReactiveControllerHost} from 'lit';
import {LazyModule} from '../controllers/lazy-module.js';
import type {GeoErrorKind, LatLon} from './distance.js';
import type {PreparedEvent} from './filter.js';
import type {EventListStrings} from './strings.js';

export type GeoStatus = 'idle' | 'locating' | 'active' | GeoErrorKind;

type DistanceModule = typeof import('./distance.js');

/** Where an activity takes place: its coordinates when it is on location. */
function positionOf(p: PreparedEvent): LatLon | undefined {
  const l = p.event.location;
  return p.onLocation && l?.lat !== undefined && l.lon !== undefined ? {lat: l.lat, lon: l.lon} : undefined;
}

export class NearMeController {
  /** The visitor's position while the list is sorted by distance. */
  origin?: LatLon;
  status: GeoStatus = 'idle';
  private readonly host: ReactiveControllerHost;
  private readonly distance: LazyModule<DistanceModule>;
  private readonly say: (message: (t: EventListStrings) => string) => void;

  /** @param say announces a message in the page's language at the time it is said */
  constructor(host: ReactiveControllerHost, say: (message: (t: EventListStrings) => string) => void) {
    this.host = host;
    this.say = say;
    this.distance = new LazyModule(host, () => import('./distance.js'));
  }

  /** Sorted by distance: the position is known and the distance code is in. */
  get active(): boolean {
    return this.origin !== undefined && this.distance.value !== undefined;
  }

  /** The button: asks for the position and sorts by distance, or back to by date. */
  async toggle(): Promise<void> {
    // While asking, the button stays focusable (a disabled button would drop focus) but does nothing.
    if (this.status === 'locating') return;
    if (this.origin) {
      this.origin = undefined;
      this.set('idle', (t) => t.sortedByDate);
      return;
    }
    this.set('locating', (t) => t.locating);
    let distance: DistanceModule | undefined;
    try {
      distance = await this.distance.load();
      this.origin = await distance.requestPosition();
      this.set('active', (t) => t.sortedByDistance);
    } catch (error) {
      const kind = distance && error instanceof distance.GeoError ? error.kind : 'unavailable';
      this.set(kind, (t) => t.geoError[kind]);
    }
  }

  /** `events` nearest first while sorted by distance (those without a position last), else as they are. */
  sort(events: PreparedEvent[]): PreparedEvent[] {
    const distance = this.distance.value;
    return this.origin && distance ? distance.sortByDistance(events, this.origin, positionOf) : events;
  }

  /** Kilometres from the visitor to the activity; undefined when either position is not known. */
  km(p: PreparedEvent): number | undefined {
    const distance = this.distance.value;
    const position = positionOf(p);
    return this.origin && distance && position ? distance.haversineKm(this.origin, position) : undefined;
  }

  private set(status: GeoStatus, message: (t: EventListStrings) => string): void {
    this.status = status;
    this.say(message);
    this.host.requestUpdate();
  }
}

import {CUSTOM_ELEMENTS_SCHEMA, Component, type ElementRef, signal, viewChild} from '@angular/core';
import type {FilterChangeEvent, InitiativeOpenEvent, NcteEtalage} from 'ncte-widgets';
import sampleFeed from 'ncte-widgets/sample-feed.json';

/**
 * Angular checks the templates of custom elements only partly: with
 * CUSTOM_ELEMENTS_SCHEMA any attribute or property binding is accepted, while
 * `$event` of `(ncte-…)` is typed by the package's GlobalEventHandlersEventMap
 * (strictTemplates), and the element itself, through `viewChild`, by its class.
 */
@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>ncte-widgets in Angular</h1>
      <output id="app-event">{{ lastEvent() }}</output>
      <ncte-etalage
        #etalage
        [feed]="feed"
        layout="list"
        page-size="6"
        (ncte-filter-change)="filtered($event)"
        (ncte-initiative-open)="opened($event)"
      ></ncte-etalage>
    </main>
  `,
})
export class AppComponent {
  /** One feed object for the component's lifetime. */
  readonly feed = sampleFeed;
  readonly lastEvent = signal('');
  readonly etalage = viewChild.required<ElementRef<NcteEtalage>>('etalage');

  filtered(event: FilterChangeEvent): void {
    this.lastEvent.set(`ncte-filter-change: ${event.detail.resultCount} for "${event.detail.query}"`);
  }

  opened(event: InitiativeOpenEvent): void {
    this.lastEvent.set(`ncte-initiative-open: ${event.detail.id}`);
  }

  /** The element's properties are typed by its class. */
  showAsCards(): void {
    this.etalage().nativeElement.layout = 'cards';
  }
}

// Type-checked by ngc (strictTemplates), never rendered. A template has no
// expect-error comment of TypeScript's, so scripts/test-examples.mjs checks
// that ngc reports an error on each template line marked below, and nowhere else.
import {CUSTOM_ELEMENTS_SCHEMA, Component, type ElementRef, viewChild} from '@angular/core';
import type {NcteEtalage} from 'ncte-widgets';

@Component({
  selector: 'app-misuse',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <ncte-etalage #etalage (ncte-initiative-open)="wrongHandler($event)"></ncte-etalage> <!-- expect-error: the event is an InitiativeOpenEvent -->
  `,
})
export class MisuseComponent {
  readonly etalage = viewChild.required<ElementRef<NcteEtalage>>('etalage');

  wrongHandler(event: number): number {
    return event + 1;
  }

  wrongValue(): void {
    // @ts-expect-error 'grid' is not a layout of <ncte-etalage> ('cards' | 'list').
    this.etalage().nativeElement.layout = 'grid';
    // @ts-expect-error The feed is an object.
    this.etalage().nativeElement.feed = 42;
  }
}

// Compiles the components in the browser (JIT, in Angular's development mode),
// so this example needs no Angular CLI build (which would add a few hundred
// packages to the examples' install); an app made with `ng new` uses the
// elements the same way, compiled ahead of time.
import '@angular/compiler';
// Register the elements before the first render.
import 'ncte-widgets/etalage';
import {provideZonelessChangeDetection} from '@angular/core';
import {bootstrapApplication} from '@angular/platform-browser';
import {AppComponent} from './app.component.js';

bootstrapApplication(AppComponent, {providers: [provideZonelessChangeDetection()]}).catch((error: unknown) => console.error(error));

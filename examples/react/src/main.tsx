// Register the elements before React's first render: React 19 then sets `feed`
// as a property (an element it does not know yet would get the attribute
// feed="[object Object]"; the widgets recover from that, but only once defined).
import 'ncte-widgets/etalage';
import 'ncte-widgets/event-list';
import {StrictMode} from 'react';
import {createRoot} from 'react-dom/client';
import {App} from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

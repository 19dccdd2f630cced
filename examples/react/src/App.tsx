// The JSX types of every ncte-widgets element (generated from custom-elements.json).
import type {} from 'ncte-widgets/react';
import {useRef, useState} from 'react';
import {withEventsInNextEdition, type InitiativeOpenEvent, type NcteEtalage} from 'ncte-widgets';
import sampleFeed from 'ncte-widgets/sample-feed.json';

// One feed object for the app's lifetime: a new object on every render would be
// taken in again (the widgets skip an identical one, but need not be asked to).
const feed = withEventsInNextEdition(sampleFeed);

export function App() {
  const etalage = useRef<NcteEtalage>(null);
  const [lastEvent, setLastEvent] = useState('');
  const [renders, setRenders] = useState(0);

  const opened = (event: InitiativeOpenEvent) => setLastEvent(`ncte-initiative-open: ${event.detail.id}`);

  return (
    <main>
      <h1>ncte-widgets in React 19</h1>
      <p>
        <button type="button" onClick={() => setRenders(renders + 1)}>
          Render the app again ({renders})
        </button>
      </p>
      <output id="app-event">{lastEvent}</output>
      <ncte-etalage
        ref={etalage}
        feed={feed}
        layout="list"
        page-size={6}
        onncte-filter-change={(event) => setLastEvent(`ncte-filter-change: ${event.detail.resultCount} for "${event.detail.query}"`)}
        onncte-initiative-open={opened}
      />
      <ncte-event-list feed={feed} page-size={5} no-structured-data />
    </main>
  );
}

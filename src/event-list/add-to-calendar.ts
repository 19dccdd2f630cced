/**
 * Everything "add to calendar" needs, as one module that the event list loads
 * the first time an activity is opened or all shown activities are put in a
 * calendar: most visitors browse without doing either.
 */
export {eventsToIcs, icsFileName} from './ics.js';
export {googleCalendarUrl, outlookCalendarUrl} from './calendar-links.js';

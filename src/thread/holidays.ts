// Importing this module makes public holidays available to the wait calculation.
import Holidays from 'date-holidays';
import { provideHolidays, type HolidaysConstructor } from './holidaySource';

provideHolidays(Holidays as unknown as HolidaysConstructor);

import de from './de.json';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';

export const activityCatalogue = { en, fr, nl, de };

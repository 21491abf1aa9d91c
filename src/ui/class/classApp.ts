// Everything a class game needs beyond the start screen, in one lazily loaded chunk: the network
// client (colyseus.js), the scenario loader for the room's scenario, and the class screens with
// the way between them. Solo play never loads it.
export { classPages } from '../../app/browser/classPages';

/**
 * Apps Script entry: only assigns the public functions to the global object; gas-webpack-plugin
 * turns each `global.name = fn` into a top-level function the runtime (menus, google.script.run)
 * can see.
 */
import * as api from "./server/globals";

declare global {
  var onOpen: typeof api.onOpen;
  var showSidebar: typeof api.showSidebar;
  var menuTemplate: typeof api.menuTemplate;
  var menuAnalyze: typeof api.menuAnalyze;
  var menuFill: typeof api.menuFill;
  var menuChart: typeof api.menuChart;
  var menuTimeline: typeof api.menuTimeline;
  var menuMonev: typeof api.menuMonev;
  var runCommand: typeof api.runCommand;
  var selectCell: typeof api.selectCell;
}

global.onOpen = api.onOpen;
global.showSidebar = api.showSidebar;
global.menuTemplate = api.menuTemplate;
global.menuAnalyze = api.menuAnalyze;
global.menuFill = api.menuFill;
global.menuChart = api.menuChart;
global.menuTimeline = api.menuTimeline;
global.menuMonev = api.menuMonev;
global.runCommand = api.runCommand;
global.selectCell = api.selectCell;

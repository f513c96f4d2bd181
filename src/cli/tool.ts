// Who we are, for --version and SARIF's tool.driver.
import { name, version } from '../../package.json';
import type { ToolInfo } from '../format/sarif';

export const TOOL: ToolInfo = { name, version };

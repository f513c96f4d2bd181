// Every suite of the in-editor tests; loaded after mocha has set up its globals.
import './diagnostics.suite';
import './typing.suite';
import './hover.suite';
import './codeActions.suite';
import './topicTree.suite';
import './search.suite';
import './settings.suite';
import './packs.suite';
import './status.suite';
import './largeDrafts.suite';

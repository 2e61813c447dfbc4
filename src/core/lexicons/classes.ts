/**
 * Word classes used in patterns as @name. Each is a closed list of single tokens (after contraction
 * expansion, so "didn't" is did + not). Multi-word variants belong in pattern alternations.
 */
export const WORD_CLASSES: { [name: string]: string[] } = {
  /** The writer as subject. */
  me: ['i', 'we'],
  /** The writer as owner. */
  my: ['my', 'our'],
  be: ['am', 'is', 'are', 'was', 'were', 'been', 'be', 'being'],
  have: ['have', 'has', 'had'],
  /** Auxiliaries that take "not". */
  aux: ['do', 'does', 'did', 'have', 'has', 'had', 'is', 'are', 'was', 'were', 'can', 'could', 'will', 'would', 'should'],
  neg: ['not', 'never'],
  intens: ['so', 'really', 'very', 'super', 'totally', 'completely', 'extremely', 'incredibly', 'insanely', 'crazy', 'absolutely', 'just', 'quite', 'pretty', 'rather', 'too', 'way', 'utterly', 'seriously', 'ridiculously', 'unbelievably', 'honestly', 'literally', 'truly', 'a', 'bit', 'little', 'kind', 'of', 'all', 'still', 'also', 'been', 'lately', 'recently', 'probably', 'definitely', 'likely'],
  family: ['husband', 'wife', 'partner', 'boyfriend', 'girlfriend', 'ex', 'fiance', 'fiancé', 'fiancee', 'spouse', 'kid', 'kids', 'son', 'daughter', 'child', 'children', 'baby', 'mom', 'mum', 'mother', 'dad', 'father', 'parents', 'brother', 'sister', 'grandma', 'grandmother', 'grandpa', 'grandfather', 'aunt', 'uncle', 'cousin', 'family', 'in-laws', 'toddler', 'dog', 'cat', 'landlord', 'roommate', 'flatmate', 'nan', 'nephew', 'niece', 'stepson', 'stepdaughter', 'hubby', 'missus'],
  device: ['computer', 'laptop', 'pc', 'mac', 'internet', 'wifi', 'wi-fi', 'connection', 'email', 'e-mail', 'inbox', 'phone', 'power', 'electricity', 'router', 'network', 'printer', 'hard', 'system', 'server', 'software', 'outlook', 'vpn', 'broadband', 'machine', 'keyboard', 'screen', 'monitor', 'battery', 'charger', 'car', 'mailbox'],
  /** Deliverables a client sends or a writer owes. */
  thing: ['files', 'file', 'brief', 'content', 'copy', 'assets', 'logo', 'details', 'info', 'information', 'feedback', 'approval', 'documents', 'document', 'docs', 'photos', 'images', 'pictures', 'text', 'materials', 'access', 'login', 'password', 'credentials', 'payment', 'deposit', 'invoice', 'sign-off', 'signoff', 'answers', 'numbers', 'data', 'spreadsheet', 'report', 'contract', 'specs', 'requirements', 'list', 'form', 'attachment', 'attachments', 'draft', 'edits', 'changes', 'comments', 'notes', 'email', 'reply', 'response', 'artwork', 'receipts', 'statements'],
  time: ['today', 'tonight', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'eod', 'cob', 'eow', 'noon', 'midday', 'morning', 'afternoon', 'evening', 'week', 'weekend', 'month', 'hour', 'hours', 'minutes', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'am', 'pm', 'a.m', 'p.m', 'day', 'days', 'date', 'deadline'],
};

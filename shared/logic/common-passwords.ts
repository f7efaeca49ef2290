// A short list of passwords and words people reach for first. Matching is done after lower-casing
// and undoing simple letter swaps (p@ssw0rd → password), so only base forms are listed.
// Kept small on purpose: this is a nudge on the setup screen, not a cracking dictionary.

export const COMMON_PASSWORDS: readonly string[] = [
  // the classics
  'password', 'passwort', 'letmein', 'welcome', 'admin', 'administrator', 'login', 'access',
  'qwerty', 'qwertyuiop', 'asdfgh', 'asdfghjkl', 'zxcvbnm',
  'changeme', 'default', 'guest', 'test', 'testing', 'secret', 'private', 'trustnoi', 'nothing',
  'whatever', 'hello', 'hellothere', 'goodbye', 'master', 'superman', 'batman', 'starwars',
  'pokemon', 'matrix', 'ninja', 'dragon', 'monkey', 'shadow', 'hunter', 'ranger', 'killer',
  // love and home: the words a couple's journal most invites
  'iloveyou', 'loveyou', 'love', 'lover', 'lovely', 'forever', 'together', 'always', 'family',
  'sweetheart', 'darling', 'honey', 'sugar', 'angel', 'soulmate', 'bestfriend', 'friends',
  'kisses', 'cuddles', 'teddy', 'wedding', 'anniversary', 'valentine', 'romance', 'heart',
  'hearth', 'journal', 'diary', 'mydiary', 'ourdiary', 'ourjournal', 'home', 'happy', 'smile',
  'lucky', 'baby',
  // pets, treats, seasons, colours, sport
  'puppy', 'kitty', 'snoopy', 'tigger', 'buster', 'pepper', 'ginger', 'charlie', 'cookie',
  'cheese', 'chocolate', 'banana', 'orange', 'purple', 'flower', 'butterfly', 'sunshine',
  'summer', 'winter', 'spring', 'autumn', 'rainbow', 'football', 'soccer', 'baseball', 'hockey',
  'computer', 'internet', 'freedom', 'princess', 'mustang', 'ferrari', 'garden', 'coffee',
  'music', 'guitar', 'travel', 'beach', 'ocean', 'moonlight',
]

/** Rows of common keyboard layouts, for spotting "qwer" or "asdf" walks. */
export const KEYBOARD_ROWS: readonly string[] = [
  '1234567890',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  'qwertzuiop',
  'azertyuiop',
  'qsdfghjklm',
  'yxcvbnm',
  'wxcvbn',
]

// The signed-in user and what they may do (the server enforces the same rules; this only hides what it would refuse).
export const session = { user: null, configuration: null };

export function can(verb) {
  return session.user?.fallbackPermissions?.includes(`Umb.Document.${verb}`) ?? false;
}

export function hasSection(alias) {
  return session.user?.allowedSections?.includes(alias) ?? false;
}

/**
 * @module The signs of letters currencies are written with, each as it is written (lower-cased key → the forms read):
 * a sign of letters is money only in its own case ("Rs 450", not "RS 450"; "Tk 600", not "TK 600", a tank).
 */

/** Each sign of letters (lower-cased) and the forms it is read in, by hand; the world's own come from CLDR. */
export const LETTER_SIGNS: Record<string, string[]> = {
  rs: ['Rs'],
  'rs.': ['Rs.'],
  rm: ['RM'],
  // The taka's "Tk" as Bangladesh writes it: not "TK", a tank's tag ("TK101", "valve TK 102").
  tk: ['Tk'],
  // The ngultrum's "Nu." capitalised only: "nu" is "now" in Dutch and Danish.
  'nu.': ['Nu.'],
  'tk.': ['Tk.'],
  // The Norwegian krone's "kr 65" in lower case: not "KR 12", a room's or a cost centre's tag.
  kr: ['kr'],
  ksh: ['Ksh', 'KSh', 'KSH'],
  'ksh.': ['Ksh.', 'KSh.'],
  'fr.': ['Fr.'],
  rp: ['Rp', 'Rp.'],
  lps: ['Lps', 'LPS'],
  'lps.': ['Lps.', 'LPS.'],
  frw: ['Frw', 'FRW'],
  'gs.': ['Gs.'],
  // The boliviano's "Bs" as Bolivia writes it: not "BS 7799", a British Standard.
  bs: ['Bs'],
  'bs.': ['Bs.'],
  's/': ['S/', 'S/.'],
  // Dollars' signs of letters in capitals only: "g$1" in a search pattern is no Guyanese dollar.
  j$: ['J$'],
  tt$: ['TT$'],
  bds$: ['Bds$', 'BDS$'],
  bbd$: ['BBD$'],
  ec$: ['EC$'],
  b$: ['B$'],
  bz$: ['BZ$'],
  g$: ['G$'],
  fj$: ['FJ$'],
  n$: ['N$'],
  rd$: ['RD$'],
};

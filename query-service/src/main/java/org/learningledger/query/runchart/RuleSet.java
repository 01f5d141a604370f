package org.learningledger.query.runchart;

/**
 * The published rule set a signal comes from: IHI (Perla, Provost and Murray 2011; Provost and Murray, The Health
 * Care Data Guide, 2011) or Anhøj (Anhøj and Olesen, PLoS ONE 2014;9(11):e113825, as in qicharts2).
 */
public enum RuleSet {
    IHI, ANHOJ
}

"""The methods of the checker's records, compiled ahead of time (generated).

Written by ``python -m checker._frozen``; `checker._frozen` takes a function
from `MADE` only for exactly the source it is keyed by.  Never edit this file.
"""

# ruff: noqa
# mypy: ignore-errors
from typing import Any

MADE: Any = {}


def __create_fn__(_dflt__by_cell, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,columns,rows,sha256):
  __dataclass_builtins_object__.__setattr__(self,'columns',columns)
  __dataclass_builtins_object__.__setattr__(self,'rows',rows)
  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)
  __dataclass_builtins_object__.__setattr__(self,'_by_cell',_dflt__by_cell())
 def __repr__(self):
  return self.__class__.__qualname__ + f"(columns={self.columns!r}, rows={self.rows!r}, sha256={self.sha256!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.columns,self.rows,self.sha256,)==(other.columns,other.rows,other.sha256,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('columns','rows','sha256','_by_cell',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('columns','rows','sha256','_by_cell',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.columns,self.rows,self.sha256,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt__by_cell, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,columns,rows,sha256):\n  __dataclass_builtins_object__.__setattr__(self,\'columns\',columns)\n  __dataclass_builtins_object__.__setattr__(self,\'rows\',rows)\n  __dataclass_builtins_object__.__setattr__(self,\'sha256\',sha256)\n  __dataclass_builtins_object__.__setattr__(self,\'_by_cell\',_dflt__by_cell())\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(columns={self.columns!r}, rows={self.rows!r}, sha256={self.sha256!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.columns,self.rows,self.sha256,)==(other.columns,other.rows,other.sha256,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'columns\',\'rows\',\'sha256\',\'_by_cell\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'columns\',\'rows\',\'sha256\',\'_by_cell\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.columns,self.rows,self.sha256,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_dflt_claims, _dflt_evidence, _dflt_repeated_by, _dflt_quantities, _dflt_relations, _dflt_location, _dflt_subject, _dflt_accepted, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,code,rule,severity,message,claims=_dflt_claims,evidence=_dflt_evidence,repeated_by=_dflt_repeated_by,quantities=_dflt_quantities,relations=_dflt_relations,location=_dflt_location,subject=_dflt_subject,accepted=_dflt_accepted):
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'rule',rule)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'claims',claims)
  __dataclass_builtins_object__.__setattr__(self,'evidence',evidence)
  __dataclass_builtins_object__.__setattr__(self,'repeated_by',repeated_by)
  __dataclass_builtins_object__.__setattr__(self,'quantities',quantities)
  __dataclass_builtins_object__.__setattr__(self,'relations',relations)
  __dataclass_builtins_object__.__setattr__(self,'location',location)
  __dataclass_builtins_object__.__setattr__(self,'subject',subject)
  __dataclass_builtins_object__.__setattr__(self,'accepted',accepted)
  self.__post_init__()
 def __repr__(self):
  return self.__class__.__qualname__ + f"(code={self.code!r}, rule={self.rule!r}, severity={self.severity!r}, message={self.message!r}, claims={self.claims!r}, evidence={self.evidence!r}, repeated_by={self.repeated_by!r}, quantities={self.quantities!r}, relations={self.relations!r}, location={self.location!r}, subject={self.subject!r}, accepted={self.accepted!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.code,self.rule,self.severity,self.message,self.claims,self.evidence,self.repeated_by,self.quantities,self.relations,self.location,self.subject,self.accepted,)==(other.code,other.rule,other.severity,other.message,other.claims,other.evidence,other.repeated_by,other.quantities,other.relations,other.location,other.subject,other.accepted,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('code','rule','severity','message','claims','evidence','repeated_by','quantities','relations','location','subject','accepted','fingerprint',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('code','rule','severity','message','claims','evidence','repeated_by','quantities','relations','location','subject','accepted','fingerprint',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.code,self.rule,self.severity,self.message,self.claims,self.evidence,self.repeated_by,self.quantities,self.relations,self.location,self.subject,self.accepted,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt_claims, _dflt_evidence, _dflt_repeated_by, _dflt_quantities, _dflt_relations, _dflt_location, _dflt_subject, _dflt_accepted, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,code,rule,severity,message,claims=_dflt_claims,evidence=_dflt_evidence,repeated_by=_dflt_repeated_by,quantities=_dflt_quantities,relations=_dflt_relations,location=_dflt_location,subject=_dflt_subject,accepted=_dflt_accepted):\n  __dataclass_builtins_object__.__setattr__(self,\'code\',code)\n  __dataclass_builtins_object__.__setattr__(self,\'rule\',rule)\n  __dataclass_builtins_object__.__setattr__(self,\'severity\',severity)\n  __dataclass_builtins_object__.__setattr__(self,\'message\',message)\n  __dataclass_builtins_object__.__setattr__(self,\'claims\',claims)\n  __dataclass_builtins_object__.__setattr__(self,\'evidence\',evidence)\n  __dataclass_builtins_object__.__setattr__(self,\'repeated_by\',repeated_by)\n  __dataclass_builtins_object__.__setattr__(self,\'quantities\',quantities)\n  __dataclass_builtins_object__.__setattr__(self,\'relations\',relations)\n  __dataclass_builtins_object__.__setattr__(self,\'location\',location)\n  __dataclass_builtins_object__.__setattr__(self,\'subject\',subject)\n  __dataclass_builtins_object__.__setattr__(self,\'accepted\',accepted)\n  self.__post_init__()\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(code={self.code!r}, rule={self.rule!r}, severity={self.severity!r}, message={self.message!r}, claims={self.claims!r}, evidence={self.evidence!r}, repeated_by={self.repeated_by!r}, quantities={self.quantities!r}, relations={self.relations!r}, location={self.location!r}, subject={self.subject!r}, accepted={self.accepted!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.code,self.rule,self.severity,self.message,self.claims,self.evidence,self.repeated_by,self.quantities,self.relations,self.location,self.subject,self.accepted,)==(other.code,other.rule,other.severity,other.message,other.claims,other.evidence,other.repeated_by,other.quantities,other.relations,other.location,other.subject,other.accepted,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'code\',\'rule\',\'severity\',\'message\',\'claims\',\'evidence\',\'repeated_by\',\'quantities\',\'relations\',\'location\',\'subject\',\'accepted\',\'fingerprint\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'code\',\'rule\',\'severity\',\'message\',\'claims\',\'evidence\',\'repeated_by\',\'quantities\',\'relations\',\'location\',\'subject\',\'accepted\',\'fingerprint\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.code,self.rule,self.severity,self.message,self.claims,self.evidence,self.repeated_by,self.quantities,self.relations,self.location,self.subject,self.accepted,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_dflt_claims, _dflt_quantities, _dflt_sources, _dflt_findings, _dflt_rows, _dflt_source_rows, _dflt_source_chars, _dflt_total_chars, _dflt_chains, _dflt_headline, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,claims=_dflt_claims,quantities=_dflt_quantities,sources=_dflt_sources,findings=_dflt_findings,rows=_dflt_rows,source_rows=_dflt_source_rows,source_chars=_dflt_source_chars,total_chars=_dflt_total_chars,chains=_dflt_chains,headline=_dflt_headline):
  __dataclass_builtins_object__.__setattr__(self,'claims',claims)
  __dataclass_builtins_object__.__setattr__(self,'quantities',quantities)
  __dataclass_builtins_object__.__setattr__(self,'sources',sources)
  __dataclass_builtins_object__.__setattr__(self,'findings',findings)
  __dataclass_builtins_object__.__setattr__(self,'rows',rows)
  __dataclass_builtins_object__.__setattr__(self,'source_rows',source_rows)
  __dataclass_builtins_object__.__setattr__(self,'source_chars',source_chars)
  __dataclass_builtins_object__.__setattr__(self,'total_chars',total_chars)
  __dataclass_builtins_object__.__setattr__(self,'chains',chains)
  __dataclass_builtins_object__.__setattr__(self,'headline',headline)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(claims={self.claims!r}, quantities={self.quantities!r}, sources={self.sources!r}, findings={self.findings!r}, rows={self.rows!r}, source_rows={self.source_rows!r}, source_chars={self.source_chars!r}, total_chars={self.total_chars!r}, chains={self.chains!r}, headline={self.headline!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.claims,self.quantities,self.sources,self.findings,self.rows,self.source_rows,self.source_chars,self.total_chars,self.chains,self.headline,)==(other.claims,other.quantities,other.sources,other.findings,other.rows,other.source_rows,other.source_chars,other.total_chars,other.chains,other.headline,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('claims','quantities','sources','findings','rows','source_rows','source_chars','total_chars','chains','headline',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('claims','quantities','sources','findings','rows','source_rows','source_chars','total_chars','chains','headline',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.claims,self.quantities,self.sources,self.findings,self.rows,self.source_rows,self.source_chars,self.total_chars,self.chains,self.headline,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt_claims, _dflt_quantities, _dflt_sources, _dflt_findings, _dflt_rows, _dflt_source_rows, _dflt_source_chars, _dflt_total_chars, _dflt_chains, _dflt_headline, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,claims=_dflt_claims,quantities=_dflt_quantities,sources=_dflt_sources,findings=_dflt_findings,rows=_dflt_rows,source_rows=_dflt_source_rows,source_chars=_dflt_source_chars,total_chars=_dflt_total_chars,chains=_dflt_chains,headline=_dflt_headline):\n  __dataclass_builtins_object__.__setattr__(self,\'claims\',claims)\n  __dataclass_builtins_object__.__setattr__(self,\'quantities\',quantities)\n  __dataclass_builtins_object__.__setattr__(self,\'sources\',sources)\n  __dataclass_builtins_object__.__setattr__(self,\'findings\',findings)\n  __dataclass_builtins_object__.__setattr__(self,\'rows\',rows)\n  __dataclass_builtins_object__.__setattr__(self,\'source_rows\',source_rows)\n  __dataclass_builtins_object__.__setattr__(self,\'source_chars\',source_chars)\n  __dataclass_builtins_object__.__setattr__(self,\'total_chars\',total_chars)\n  __dataclass_builtins_object__.__setattr__(self,\'chains\',chains)\n  __dataclass_builtins_object__.__setattr__(self,\'headline\',headline)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(claims={self.claims!r}, quantities={self.quantities!r}, sources={self.sources!r}, findings={self.findings!r}, rows={self.rows!r}, source_rows={self.source_rows!r}, source_chars={self.source_chars!r}, total_chars={self.total_chars!r}, chains={self.chains!r}, headline={self.headline!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.claims,self.quantities,self.sources,self.findings,self.rows,self.source_rows,self.source_chars,self.total_chars,self.chains,self.headline,)==(other.claims,other.quantities,other.sources,other.findings,other.rows,other.source_rows,other.source_chars,other.total_chars,other.chains,other.headline,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'claims\',\'quantities\',\'sources\',\'findings\',\'rows\',\'source_rows\',\'source_chars\',\'total_chars\',\'chains\',\'headline\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'claims\',\'quantities\',\'sources\',\'findings\',\'rows\',\'source_rows\',\'source_chars\',\'total_chars\',\'chains\',\'headline\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.claims,self.quantities,self.sources,self.findings,self.rows,self.source_rows,self.source_chars,self.total_chars,self.chains,self.headline,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_dflt_corpus, _dflt_out, _dflt_outputs, _dflt_sarif_notes, _dflt_fail_on, _dflt_tolerance, _dflt_rounding, _dflt_trust, _dflt_severity, _dflt_select, _dflt_ignore, _dflt_baseline, _dflt_coverage, _dflt_max_file_bytes, _dflt_max_snapshot_bytes, _dflt_max_aliases, _dflt_max_depth, _dflt_solver_budget, _dflt_max_component, _dflt_settings_file, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,corpus=_dflt_corpus,out=_dflt_out,outputs=_HAS_DEFAULT_FACTORY,sarif_notes=_dflt_sarif_notes,fail_on=_dflt_fail_on,tolerance=_dflt_tolerance,rounding=_dflt_rounding,trust=_dflt_trust,severity=_HAS_DEFAULT_FACTORY,select=_dflt_select,ignore=_dflt_ignore,baseline=_dflt_baseline,coverage=_dflt_coverage,max_file_bytes=_dflt_max_file_bytes,max_snapshot_bytes=_dflt_max_snapshot_bytes,max_aliases=_dflt_max_aliases,max_depth=_dflt_max_depth,solver_budget=_dflt_solver_budget,max_component=_dflt_max_component,settings_file=_dflt_settings_file):
  __dataclass_builtins_object__.__setattr__(self,'corpus',corpus)
  __dataclass_builtins_object__.__setattr__(self,'out',out)
  __dataclass_builtins_object__.__setattr__(self,'outputs',_dflt_outputs() if outputs is _HAS_DEFAULT_FACTORY else outputs)
  __dataclass_builtins_object__.__setattr__(self,'sarif_notes',sarif_notes)
  __dataclass_builtins_object__.__setattr__(self,'fail_on',fail_on)
  __dataclass_builtins_object__.__setattr__(self,'tolerance',tolerance)
  __dataclass_builtins_object__.__setattr__(self,'rounding',rounding)
  __dataclass_builtins_object__.__setattr__(self,'trust',trust)
  __dataclass_builtins_object__.__setattr__(self,'severity',_dflt_severity() if severity is _HAS_DEFAULT_FACTORY else severity)
  __dataclass_builtins_object__.__setattr__(self,'select',select)
  __dataclass_builtins_object__.__setattr__(self,'ignore',ignore)
  __dataclass_builtins_object__.__setattr__(self,'baseline',baseline)
  __dataclass_builtins_object__.__setattr__(self,'coverage',coverage)
  __dataclass_builtins_object__.__setattr__(self,'max_file_bytes',max_file_bytes)
  __dataclass_builtins_object__.__setattr__(self,'max_snapshot_bytes',max_snapshot_bytes)
  __dataclass_builtins_object__.__setattr__(self,'max_aliases',max_aliases)
  __dataclass_builtins_object__.__setattr__(self,'max_depth',max_depth)
  __dataclass_builtins_object__.__setattr__(self,'solver_budget',solver_budget)
  __dataclass_builtins_object__.__setattr__(self,'max_component',max_component)
  __dataclass_builtins_object__.__setattr__(self,'settings_file',settings_file)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(corpus={self.corpus!r}, out={self.out!r}, outputs={self.outputs!r}, sarif_notes={self.sarif_notes!r}, fail_on={self.fail_on!r}, tolerance={self.tolerance!r}, rounding={self.rounding!r}, trust={self.trust!r}, severity={self.severity!r}, select={self.select!r}, ignore={self.ignore!r}, baseline={self.baseline!r}, coverage={self.coverage!r}, max_file_bytes={self.max_file_bytes!r}, max_snapshot_bytes={self.max_snapshot_bytes!r}, max_aliases={self.max_aliases!r}, max_depth={self.max_depth!r}, solver_budget={self.solver_budget!r}, max_component={self.max_component!r}, settings_file={self.settings_file!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.corpus,self.out,self.outputs,self.sarif_notes,self.fail_on,self.tolerance,self.rounding,self.trust,self.severity,self.select,self.ignore,self.baseline,self.coverage,self.max_file_bytes,self.max_snapshot_bytes,self.max_aliases,self.max_depth,self.solver_budget,self.max_component,self.settings_file,)==(other.corpus,other.out,other.outputs,other.sarif_notes,other.fail_on,other.tolerance,other.rounding,other.trust,other.severity,other.select,other.ignore,other.baseline,other.coverage,other.max_file_bytes,other.max_snapshot_bytes,other.max_aliases,other.max_depth,other.solver_budget,other.max_component,other.settings_file,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('corpus','out','outputs','sarif_notes','fail_on','tolerance','rounding','trust','severity','select','ignore','baseline','coverage','max_file_bytes','max_snapshot_bytes','max_aliases','max_depth','solver_budget','max_component','settings_file',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('corpus','out','outputs','sarif_notes','fail_on','tolerance','rounding','trust','severity','select','ignore','baseline','coverage','max_file_bytes','max_snapshot_bytes','max_aliases','max_depth','solver_budget','max_component','settings_file',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.corpus,self.out,self.outputs,self.sarif_notes,self.fail_on,self.tolerance,self.rounding,self.trust,self.severity,self.select,self.ignore,self.baseline,self.coverage,self.max_file_bytes,self.max_snapshot_bytes,self.max_aliases,self.max_depth,self.solver_budget,self.max_component,self.settings_file,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt_corpus, _dflt_out, _dflt_outputs, _dflt_sarif_notes, _dflt_fail_on, _dflt_tolerance, _dflt_rounding, _dflt_trust, _dflt_severity, _dflt_select, _dflt_ignore, _dflt_baseline, _dflt_coverage, _dflt_max_file_bytes, _dflt_max_snapshot_bytes, _dflt_max_aliases, _dflt_max_depth, _dflt_solver_budget, _dflt_max_component, _dflt_settings_file, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,corpus=_dflt_corpus,out=_dflt_out,outputs=_HAS_DEFAULT_FACTORY,sarif_notes=_dflt_sarif_notes,fail_on=_dflt_fail_on,tolerance=_dflt_tolerance,rounding=_dflt_rounding,trust=_dflt_trust,severity=_HAS_DEFAULT_FACTORY,select=_dflt_select,ignore=_dflt_ignore,baseline=_dflt_baseline,coverage=_dflt_coverage,max_file_bytes=_dflt_max_file_bytes,max_snapshot_bytes=_dflt_max_snapshot_bytes,max_aliases=_dflt_max_aliases,max_depth=_dflt_max_depth,solver_budget=_dflt_solver_budget,max_component=_dflt_max_component,settings_file=_dflt_settings_file):\n  __dataclass_builtins_object__.__setattr__(self,\'corpus\',corpus)\n  __dataclass_builtins_object__.__setattr__(self,\'out\',out)\n  __dataclass_builtins_object__.__setattr__(self,\'outputs\',_dflt_outputs() if outputs is _HAS_DEFAULT_FACTORY else outputs)\n  __dataclass_builtins_object__.__setattr__(self,\'sarif_notes\',sarif_notes)\n  __dataclass_builtins_object__.__setattr__(self,\'fail_on\',fail_on)\n  __dataclass_builtins_object__.__setattr__(self,\'tolerance\',tolerance)\n  __dataclass_builtins_object__.__setattr__(self,\'rounding\',rounding)\n  __dataclass_builtins_object__.__setattr__(self,\'trust\',trust)\n  __dataclass_builtins_object__.__setattr__(self,\'severity\',_dflt_severity() if severity is _HAS_DEFAULT_FACTORY else severity)\n  __dataclass_builtins_object__.__setattr__(self,\'select\',select)\n  __dataclass_builtins_object__.__setattr__(self,\'ignore\',ignore)\n  __dataclass_builtins_object__.__setattr__(self,\'baseline\',baseline)\n  __dataclass_builtins_object__.__setattr__(self,\'coverage\',coverage)\n  __dataclass_builtins_object__.__setattr__(self,\'max_file_bytes\',max_file_bytes)\n  __dataclass_builtins_object__.__setattr__(self,\'max_snapshot_bytes\',max_snapshot_bytes)\n  __dataclass_builtins_object__.__setattr__(self,\'max_aliases\',max_aliases)\n  __dataclass_builtins_object__.__setattr__(self,\'max_depth\',max_depth)\n  __dataclass_builtins_object__.__setattr__(self,\'solver_budget\',solver_budget)\n  __dataclass_builtins_object__.__setattr__(self,\'max_component\',max_component)\n  __dataclass_builtins_object__.__setattr__(self,\'settings_file\',settings_file)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(corpus={self.corpus!r}, out={self.out!r}, outputs={self.outputs!r}, sarif_notes={self.sarif_notes!r}, fail_on={self.fail_on!r}, tolerance={self.tolerance!r}, rounding={self.rounding!r}, trust={self.trust!r}, severity={self.severity!r}, select={self.select!r}, ignore={self.ignore!r}, baseline={self.baseline!r}, coverage={self.coverage!r}, max_file_bytes={self.max_file_bytes!r}, max_snapshot_bytes={self.max_snapshot_bytes!r}, max_aliases={self.max_aliases!r}, max_depth={self.max_depth!r}, solver_budget={self.solver_budget!r}, max_component={self.max_component!r}, settings_file={self.settings_file!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.corpus,self.out,self.outputs,self.sarif_notes,self.fail_on,self.tolerance,self.rounding,self.trust,self.severity,self.select,self.ignore,self.baseline,self.coverage,self.max_file_bytes,self.max_snapshot_bytes,self.max_aliases,self.max_depth,self.solver_budget,self.max_component,self.settings_file,)==(other.corpus,other.out,other.outputs,other.sarif_notes,other.fail_on,other.tolerance,other.rounding,other.trust,other.severity,other.select,other.ignore,other.baseline,other.coverage,other.max_file_bytes,other.max_snapshot_bytes,other.max_aliases,other.max_depth,other.solver_budget,other.max_component,other.settings_file,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'corpus\',\'out\',\'outputs\',\'sarif_notes\',\'fail_on\',\'tolerance\',\'rounding\',\'trust\',\'severity\',\'select\',\'ignore\',\'baseline\',\'coverage\',\'max_file_bytes\',\'max_snapshot_bytes\',\'max_aliases\',\'max_depth\',\'solver_budget\',\'max_component\',\'settings_file\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'corpus\',\'out\',\'outputs\',\'sarif_notes\',\'fail_on\',\'tolerance\',\'rounding\',\'trust\',\'severity\',\'select\',\'ignore\',\'baseline\',\'coverage\',\'max_file_bytes\',\'max_snapshot_bytes\',\'max_aliases\',\'max_depth\',\'solver_budget\',\'max_component\',\'settings_file\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.corpus,self.out,self.outputs,self.sarif_notes,self.fail_on,self.tolerance,self.rounding,self.trust,self.severity,self.select,self.ignore,self.baseline,self.coverage,self.max_file_bytes,self.max_snapshot_bytes,self.max_aliases,self.max_depth,self.solver_budget,self.max_component,self.settings_file,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_dflt_count, _dflt_as_of, _dflt_note, _dflt_location, _dflt_repeats, _dflt_revises, _dflt_revised_by, _dflt_interval_source, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,id,source,quantity,variable,says,quote,interval,integer,verdict,against,against_interval,position,count=_dflt_count,as_of=_dflt_as_of,note=_dflt_note,location=_dflt_location,repeats=_dflt_repeats,revises=_dflt_revises,revised_by=_dflt_revised_by,interval_source=_dflt_interval_source):
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'quantity',quantity)
  __dataclass_builtins_object__.__setattr__(self,'variable',variable)
  __dataclass_builtins_object__.__setattr__(self,'says',says)
  __dataclass_builtins_object__.__setattr__(self,'quote',quote)
  __dataclass_builtins_object__.__setattr__(self,'interval',interval)
  __dataclass_builtins_object__.__setattr__(self,'integer',integer)
  __dataclass_builtins_object__.__setattr__(self,'verdict',verdict)
  __dataclass_builtins_object__.__setattr__(self,'against',against)
  __dataclass_builtins_object__.__setattr__(self,'against_interval',against_interval)
  __dataclass_builtins_object__.__setattr__(self,'position',position)
  __dataclass_builtins_object__.__setattr__(self,'count',count)
  __dataclass_builtins_object__.__setattr__(self,'as_of',as_of)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'location',location)
  __dataclass_builtins_object__.__setattr__(self,'repeats',repeats)
  __dataclass_builtins_object__.__setattr__(self,'revises',revises)
  __dataclass_builtins_object__.__setattr__(self,'revised_by',revised_by)
  __dataclass_builtins_object__.__setattr__(self,'interval_source',interval_source)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, source={self.source!r}, quantity={self.quantity!r}, variable={self.variable!r}, says={self.says!r}, quote={self.quote!r}, interval={self.interval!r}, integer={self.integer!r}, verdict={self.verdict!r}, against={self.against!r}, against_interval={self.against_interval!r}, position={self.position!r}, count={self.count!r}, as_of={self.as_of!r}, note={self.note!r}, location={self.location!r}, repeats={self.repeats!r}, revises={self.revises!r}, revised_by={self.revised_by!r}, interval_source={self.interval_source!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.source,self.quantity,self.variable,self.says,self.quote,self.interval,self.integer,self.verdict,self.against,self.against_interval,self.position,self.count,self.as_of,self.note,self.location,self.repeats,self.revises,self.revised_by,self.interval_source,)==(other.id,other.source,other.quantity,other.variable,other.says,other.quote,other.interval,other.integer,other.verdict,other.against,other.against_interval,other.position,other.count,other.as_of,other.note,other.location,other.repeats,other.revises,other.revised_by,other.interval_source,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','source','quantity','variable','says','quote','interval','integer','verdict','against','against_interval','position','count','as_of','note','location','repeats','revises','revised_by','interval_source',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','source','quantity','variable','says','quote','interval','integer','verdict','against','against_interval','position','count','as_of','note','location','repeats','revises','revised_by','interval_source',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.id,self.source,self.quantity,self.variable,self.says,self.quote,self.interval,self.integer,self.verdict,self.against,self.against_interval,self.position,self.count,self.as_of,self.note,self.location,self.repeats,self.revises,self.revised_by,self.interval_source,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt_count, _dflt_as_of, _dflt_note, _dflt_location, _dflt_repeats, _dflt_revises, _dflt_revised_by, _dflt_interval_source, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,id,source,quantity,variable,says,quote,interval,integer,verdict,against,against_interval,position,count=_dflt_count,as_of=_dflt_as_of,note=_dflt_note,location=_dflt_location,repeats=_dflt_repeats,revises=_dflt_revises,revised_by=_dflt_revised_by,interval_source=_dflt_interval_source):\n  __dataclass_builtins_object__.__setattr__(self,\'id\',id)\n  __dataclass_builtins_object__.__setattr__(self,\'source\',source)\n  __dataclass_builtins_object__.__setattr__(self,\'quantity\',quantity)\n  __dataclass_builtins_object__.__setattr__(self,\'variable\',variable)\n  __dataclass_builtins_object__.__setattr__(self,\'says\',says)\n  __dataclass_builtins_object__.__setattr__(self,\'quote\',quote)\n  __dataclass_builtins_object__.__setattr__(self,\'interval\',interval)\n  __dataclass_builtins_object__.__setattr__(self,\'integer\',integer)\n  __dataclass_builtins_object__.__setattr__(self,\'verdict\',verdict)\n  __dataclass_builtins_object__.__setattr__(self,\'against\',against)\n  __dataclass_builtins_object__.__setattr__(self,\'against_interval\',against_interval)\n  __dataclass_builtins_object__.__setattr__(self,\'position\',position)\n  __dataclass_builtins_object__.__setattr__(self,\'count\',count)\n  __dataclass_builtins_object__.__setattr__(self,\'as_of\',as_of)\n  __dataclass_builtins_object__.__setattr__(self,\'note\',note)\n  __dataclass_builtins_object__.__setattr__(self,\'location\',location)\n  __dataclass_builtins_object__.__setattr__(self,\'repeats\',repeats)\n  __dataclass_builtins_object__.__setattr__(self,\'revises\',revises)\n  __dataclass_builtins_object__.__setattr__(self,\'revised_by\',revised_by)\n  __dataclass_builtins_object__.__setattr__(self,\'interval_source\',interval_source)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, source={self.source!r}, quantity={self.quantity!r}, variable={self.variable!r}, says={self.says!r}, quote={self.quote!r}, interval={self.interval!r}, integer={self.integer!r}, verdict={self.verdict!r}, against={self.against!r}, against_interval={self.against_interval!r}, position={self.position!r}, count={self.count!r}, as_of={self.as_of!r}, note={self.note!r}, location={self.location!r}, repeats={self.repeats!r}, revises={self.revises!r}, revised_by={self.revised_by!r}, interval_source={self.interval_source!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.source,self.quantity,self.variable,self.says,self.quote,self.interval,self.integer,self.verdict,self.against,self.against_interval,self.position,self.count,self.as_of,self.note,self.location,self.repeats,self.revises,self.revised_by,self.interval_source,)==(other.id,other.source,other.quantity,other.variable,other.says,other.quote,other.interval,other.integer,other.verdict,other.against,other.against_interval,other.position,other.count,other.as_of,other.note,other.location,other.repeats,other.revises,other.revised_by,other.interval_source,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'source\',\'quantity\',\'variable\',\'says\',\'quote\',\'interval\',\'integer\',\'verdict\',\'against\',\'against_interval\',\'position\',\'count\',\'as_of\',\'note\',\'location\',\'repeats\',\'revises\',\'revised_by\',\'interval_source\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'source\',\'quantity\',\'variable\',\'says\',\'quote\',\'interval\',\'integer\',\'verdict\',\'against\',\'against_interval\',\'position\',\'count\',\'as_of\',\'note\',\'location\',\'repeats\',\'revises\',\'revised_by\',\'interval_source\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.id,self.source,self.quantity,self.variable,self.says,self.quote,self.interval,self.integer,self.verdict,self.against,self.against_interval,self.position,self.count,self.as_of,self.note,self.location,self.repeats,self.revises,self.revised_by,self.interval_source,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_dflt_css, _dflt_csp, _dflt_extra, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,title,heading,summary,publisher,language,canonical,gate,gate_line,gate_detail,lead,lead_more,lead_elsewhere,housekeeping,claimreview,fingerprint,generated_at,totals,severities,verdicts,groups,quantities,claims,sources,chains,source_filters,relations,accepted,fixed,expired,coverage,notes,legend,css=_dflt_css,csp=_dflt_csp,extra=_HAS_DEFAULT_FACTORY):
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'heading',heading)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
  __dataclass_builtins_object__.__setattr__(self,'publisher',publisher)
  __dataclass_builtins_object__.__setattr__(self,'language',language)
  __dataclass_builtins_object__.__setattr__(self,'canonical',canonical)
  __dataclass_builtins_object__.__setattr__(self,'gate',gate)
  __dataclass_builtins_object__.__setattr__(self,'gate_line',gate_line)
  __dataclass_builtins_object__.__setattr__(self,'gate_detail',gate_detail)
  __dataclass_builtins_object__.__setattr__(self,'lead',lead)
  __dataclass_builtins_object__.__setattr__(self,'lead_more',lead_more)
  __dataclass_builtins_object__.__setattr__(self,'lead_elsewhere',lead_elsewhere)
  __dataclass_builtins_object__.__setattr__(self,'housekeeping',housekeeping)
  __dataclass_builtins_object__.__setattr__(self,'claimreview',claimreview)
  __dataclass_builtins_object__.__setattr__(self,'fingerprint',fingerprint)
  __dataclass_builtins_object__.__setattr__(self,'generated_at',generated_at)
  __dataclass_builtins_object__.__setattr__(self,'totals',totals)
  __dataclass_builtins_object__.__setattr__(self,'severities',severities)
  __dataclass_builtins_object__.__setattr__(self,'verdicts',verdicts)
  __dataclass_builtins_object__.__setattr__(self,'groups',groups)
  __dataclass_builtins_object__.__setattr__(self,'quantities',quantities)
  __dataclass_builtins_object__.__setattr__(self,'claims',claims)
  __dataclass_builtins_object__.__setattr__(self,'sources',sources)
  __dataclass_builtins_object__.__setattr__(self,'chains',chains)
  __dataclass_builtins_object__.__setattr__(self,'source_filters',source_filters)
  __dataclass_builtins_object__.__setattr__(self,'relations',relations)
  __dataclass_builtins_object__.__setattr__(self,'accepted',accepted)
  __dataclass_builtins_object__.__setattr__(self,'fixed',fixed)
  __dataclass_builtins_object__.__setattr__(self,'expired',expired)
  __dataclass_builtins_object__.__setattr__(self,'coverage',coverage)
  __dataclass_builtins_object__.__setattr__(self,'notes',notes)
  __dataclass_builtins_object__.__setattr__(self,'legend',legend)
  __dataclass_builtins_object__.__setattr__(self,'css',css)
  __dataclass_builtins_object__.__setattr__(self,'csp',csp)
  __dataclass_builtins_object__.__setattr__(self,'extra',_dflt_extra() if extra is _HAS_DEFAULT_FACTORY else extra)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, heading={self.heading!r}, summary={self.summary!r}, publisher={self.publisher!r}, language={self.language!r}, canonical={self.canonical!r}, gate={self.gate!r}, gate_line={self.gate_line!r}, gate_detail={self.gate_detail!r}, lead={self.lead!r}, lead_more={self.lead_more!r}, lead_elsewhere={self.lead_elsewhere!r}, housekeeping={self.housekeeping!r}, claimreview={self.claimreview!r}, fingerprint={self.fingerprint!r}, generated_at={self.generated_at!r}, totals={self.totals!r}, severities={self.severities!r}, verdicts={self.verdicts!r}, groups={self.groups!r}, quantities={self.quantities!r}, claims={self.claims!r}, sources={self.sources!r}, chains={self.chains!r}, source_filters={self.source_filters!r}, relations={self.relations!r}, accepted={self.accepted!r}, fixed={self.fixed!r}, expired={self.expired!r}, coverage={self.coverage!r}, notes={self.notes!r}, legend={self.legend!r}, css={self.css!r}, csp={self.csp!r}, extra={self.extra!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.heading,self.summary,self.publisher,self.language,self.canonical,self.gate,self.gate_line,self.gate_detail,self.lead,self.lead_more,self.lead_elsewhere,self.housekeeping,self.claimreview,self.fingerprint,self.generated_at,self.totals,self.severities,self.verdicts,self.groups,self.quantities,self.claims,self.sources,self.chains,self.source_filters,self.relations,self.accepted,self.fixed,self.expired,self.coverage,self.notes,self.legend,self.css,self.csp,self.extra,)==(other.title,other.heading,other.summary,other.publisher,other.language,other.canonical,other.gate,other.gate_line,other.gate_detail,other.lead,other.lead_more,other.lead_elsewhere,other.housekeeping,other.claimreview,other.fingerprint,other.generated_at,other.totals,other.severities,other.verdicts,other.groups,other.quantities,other.claims,other.sources,other.chains,other.source_filters,other.relations,other.accepted,other.fixed,other.expired,other.coverage,other.notes,other.legend,other.css,other.csp,other.extra,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('title','heading','summary','publisher','language','canonical','gate','gate_line','gate_detail','lead','lead_more','lead_elsewhere','housekeeping','claimreview','fingerprint','generated_at','totals','severities','verdicts','groups','quantities','claims','sources','chains','source_filters','relations','accepted','fixed','expired','coverage','notes','legend','css','csp','extra',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('title','heading','summary','publisher','language','canonical','gate','gate_line','gate_detail','lead','lead_more','lead_elsewhere','housekeeping','claimreview','fingerprint','generated_at','totals','severities','verdicts','groups','quantities','claims','sources','chains','source_filters','relations','accepted','fixed','expired','coverage','notes','legend','css','csp','extra',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.title,self.heading,self.summary,self.publisher,self.language,self.canonical,self.gate,self.gate_line,self.gate_detail,self.lead,self.lead_more,self.lead_elsewhere,self.housekeeping,self.claimreview,self.fingerprint,self.generated_at,self.totals,self.severities,self.verdicts,self.groups,self.quantities,self.claims,self.sources,self.chains,self.source_filters,self.relations,self.accepted,self.fixed,self.expired,self.coverage,self.notes,self.legend,self.css,self.csp,self.extra,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt_css, _dflt_csp, _dflt_extra, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,title,heading,summary,publisher,language,canonical,gate,gate_line,gate_detail,lead,lead_more,lead_elsewhere,housekeeping,claimreview,fingerprint,generated_at,totals,severities,verdicts,groups,quantities,claims,sources,chains,source_filters,relations,accepted,fixed,expired,coverage,notes,legend,css=_dflt_css,csp=_dflt_csp,extra=_HAS_DEFAULT_FACTORY):\n  __dataclass_builtins_object__.__setattr__(self,\'title\',title)\n  __dataclass_builtins_object__.__setattr__(self,\'heading\',heading)\n  __dataclass_builtins_object__.__setattr__(self,\'summary\',summary)\n  __dataclass_builtins_object__.__setattr__(self,\'publisher\',publisher)\n  __dataclass_builtins_object__.__setattr__(self,\'language\',language)\n  __dataclass_builtins_object__.__setattr__(self,\'canonical\',canonical)\n  __dataclass_builtins_object__.__setattr__(self,\'gate\',gate)\n  __dataclass_builtins_object__.__setattr__(self,\'gate_line\',gate_line)\n  __dataclass_builtins_object__.__setattr__(self,\'gate_detail\',gate_detail)\n  __dataclass_builtins_object__.__setattr__(self,\'lead\',lead)\n  __dataclass_builtins_object__.__setattr__(self,\'lead_more\',lead_more)\n  __dataclass_builtins_object__.__setattr__(self,\'lead_elsewhere\',lead_elsewhere)\n  __dataclass_builtins_object__.__setattr__(self,\'housekeeping\',housekeeping)\n  __dataclass_builtins_object__.__setattr__(self,\'claimreview\',claimreview)\n  __dataclass_builtins_object__.__setattr__(self,\'fingerprint\',fingerprint)\n  __dataclass_builtins_object__.__setattr__(self,\'generated_at\',generated_at)\n  __dataclass_builtins_object__.__setattr__(self,\'totals\',totals)\n  __dataclass_builtins_object__.__setattr__(self,\'severities\',severities)\n  __dataclass_builtins_object__.__setattr__(self,\'verdicts\',verdicts)\n  __dataclass_builtins_object__.__setattr__(self,\'groups\',groups)\n  __dataclass_builtins_object__.__setattr__(self,\'quantities\',quantities)\n  __dataclass_builtins_object__.__setattr__(self,\'claims\',claims)\n  __dataclass_builtins_object__.__setattr__(self,\'sources\',sources)\n  __dataclass_builtins_object__.__setattr__(self,\'chains\',chains)\n  __dataclass_builtins_object__.__setattr__(self,\'source_filters\',source_filters)\n  __dataclass_builtins_object__.__setattr__(self,\'relations\',relations)\n  __dataclass_builtins_object__.__setattr__(self,\'accepted\',accepted)\n  __dataclass_builtins_object__.__setattr__(self,\'fixed\',fixed)\n  __dataclass_builtins_object__.__setattr__(self,\'expired\',expired)\n  __dataclass_builtins_object__.__setattr__(self,\'coverage\',coverage)\n  __dataclass_builtins_object__.__setattr__(self,\'notes\',notes)\n  __dataclass_builtins_object__.__setattr__(self,\'legend\',legend)\n  __dataclass_builtins_object__.__setattr__(self,\'css\',css)\n  __dataclass_builtins_object__.__setattr__(self,\'csp\',csp)\n  __dataclass_builtins_object__.__setattr__(self,\'extra\',_dflt_extra() if extra is _HAS_DEFAULT_FACTORY else extra)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(title={self.title!r}, heading={self.heading!r}, summary={self.summary!r}, publisher={self.publisher!r}, language={self.language!r}, canonical={self.canonical!r}, gate={self.gate!r}, gate_line={self.gate_line!r}, gate_detail={self.gate_detail!r}, lead={self.lead!r}, lead_more={self.lead_more!r}, lead_elsewhere={self.lead_elsewhere!r}, housekeeping={self.housekeeping!r}, claimreview={self.claimreview!r}, fingerprint={self.fingerprint!r}, generated_at={self.generated_at!r}, totals={self.totals!r}, severities={self.severities!r}, verdicts={self.verdicts!r}, groups={self.groups!r}, quantities={self.quantities!r}, claims={self.claims!r}, sources={self.sources!r}, chains={self.chains!r}, source_filters={self.source_filters!r}, relations={self.relations!r}, accepted={self.accepted!r}, fixed={self.fixed!r}, expired={self.expired!r}, coverage={self.coverage!r}, notes={self.notes!r}, legend={self.legend!r}, css={self.css!r}, csp={self.csp!r}, extra={self.extra!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.title,self.heading,self.summary,self.publisher,self.language,self.canonical,self.gate,self.gate_line,self.gate_detail,self.lead,self.lead_more,self.lead_elsewhere,self.housekeeping,self.claimreview,self.fingerprint,self.generated_at,self.totals,self.severities,self.verdicts,self.groups,self.quantities,self.claims,self.sources,self.chains,self.source_filters,self.relations,self.accepted,self.fixed,self.expired,self.coverage,self.notes,self.legend,self.css,self.csp,self.extra,)==(other.title,other.heading,other.summary,other.publisher,other.language,other.canonical,other.gate,other.gate_line,other.gate_detail,other.lead,other.lead_more,other.lead_elsewhere,other.housekeeping,other.claimreview,other.fingerprint,other.generated_at,other.totals,other.severities,other.verdicts,other.groups,other.quantities,other.claims,other.sources,other.chains,other.source_filters,other.relations,other.accepted,other.fixed,other.expired,other.coverage,other.notes,other.legend,other.css,other.csp,other.extra,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'title\',\'heading\',\'summary\',\'publisher\',\'language\',\'canonical\',\'gate\',\'gate_line\',\'gate_detail\',\'lead\',\'lead_more\',\'lead_elsewhere\',\'housekeeping\',\'claimreview\',\'fingerprint\',\'generated_at\',\'totals\',\'severities\',\'verdicts\',\'groups\',\'quantities\',\'claims\',\'sources\',\'chains\',\'source_filters\',\'relations\',\'accepted\',\'fixed\',\'expired\',\'coverage\',\'notes\',\'legend\',\'css\',\'csp\',\'extra\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'title\',\'heading\',\'summary\',\'publisher\',\'language\',\'canonical\',\'gate\',\'gate_line\',\'gate_detail\',\'lead\',\'lead_more\',\'lead_elsewhere\',\'housekeeping\',\'claimreview\',\'fingerprint\',\'generated_at\',\'totals\',\'severities\',\'verdicts\',\'groups\',\'quantities\',\'claims\',\'sources\',\'chains\',\'source_filters\',\'relations\',\'accepted\',\'fixed\',\'expired\',\'coverage\',\'notes\',\'legend\',\'css\',\'csp\',\'extra\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.title,self.heading,self.summary,self.publisher,self.language,self.canonical,self.gate,self.gate_line,self.gate_detail,self.lead,self.lead_more,self.lead_elsewhere,self.housekeeping,self.claimreview,self.fingerprint,self.generated_at,self.totals,self.severities,self.verdicts,self.groups,self.quantities,self.claims,self.sources,self.chains,self.source_filters,self.relations,self.accepted,self.fixed,self.expired,self.coverage,self.notes,self.legend,self.css,self.csp,self.extra,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_dflt_described, _dflt_shown, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,id,source,kind,quantity,label,unit,says,count,interval):
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'quantity',quantity)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'unit',unit)
  __dataclass_builtins_object__.__setattr__(self,'says',says)
  __dataclass_builtins_object__.__setattr__(self,'count',count)
  __dataclass_builtins_object__.__setattr__(self,'interval',interval)
  __dataclass_builtins_object__.__setattr__(self,'described',_dflt_described)
  __dataclass_builtins_object__.__setattr__(self,'shown',_dflt_shown)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, source={self.source!r}, kind={self.kind!r}, quantity={self.quantity!r}, label={self.label!r}, unit={self.unit!r}, says={self.says!r}, count={self.count!r}, interval={self.interval!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.source,self.kind,self.quantity,self.label,self.unit,self.says,self.count,self.interval,)==(other.id,other.source,other.kind,other.quantity,other.label,other.unit,other.says,other.count,other.interval,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','source','kind','quantity','label','unit','says','count','interval','described','shown',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','source','kind','quantity','label','unit','says','count','interval','described','shown',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.id,self.source,self.kind,self.quantity,self.label,self.unit,self.says,self.count,self.interval,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt_described, _dflt_shown, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,id,source,kind,quantity,label,unit,says,count,interval):\n  __dataclass_builtins_object__.__setattr__(self,\'id\',id)\n  __dataclass_builtins_object__.__setattr__(self,\'source\',source)\n  __dataclass_builtins_object__.__setattr__(self,\'kind\',kind)\n  __dataclass_builtins_object__.__setattr__(self,\'quantity\',quantity)\n  __dataclass_builtins_object__.__setattr__(self,\'label\',label)\n  __dataclass_builtins_object__.__setattr__(self,\'unit\',unit)\n  __dataclass_builtins_object__.__setattr__(self,\'says\',says)\n  __dataclass_builtins_object__.__setattr__(self,\'count\',count)\n  __dataclass_builtins_object__.__setattr__(self,\'interval\',interval)\n  __dataclass_builtins_object__.__setattr__(self,\'described\',_dflt_described)\n  __dataclass_builtins_object__.__setattr__(self,\'shown\',_dflt_shown)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, source={self.source!r}, kind={self.kind!r}, quantity={self.quantity!r}, label={self.label!r}, unit={self.unit!r}, says={self.says!r}, count={self.count!r}, interval={self.interval!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.source,self.kind,self.quantity,self.label,self.unit,self.says,self.count,self.interval,)==(other.id,other.source,other.kind,other.quantity,other.label,other.unit,other.says,other.count,other.interval,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'source\',\'kind\',\'quantity\',\'label\',\'unit\',\'says\',\'count\',\'interval\',\'described\',\'shown\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'source\',\'kind\',\'quantity\',\'label\',\'unit\',\'says\',\'count\',\'interval\',\'described\',\'shown\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.id,self.source,self.kind,self.quantity,self.label,self.unit,self.says,self.count,self.interval,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_dflt_fail_on, _dflt_gate_failed, _dflt_fixed, _dflt_expired, _dflt_baseline, _dflt_coverage, _dflt_skipped, _dflt_report, _dflt_timings, _dflt_corpus, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,root,fingerprint,sources,quantities,claims,findings,relations,fail_on=_dflt_fail_on,gate_failed=_dflt_gate_failed,fixed=_dflt_fixed,expired=_dflt_expired,baseline=_dflt_baseline,coverage=_dflt_coverage,skipped=_dflt_skipped,report=_dflt_report,timings=_HAS_DEFAULT_FACTORY,corpus=_dflt_corpus):
  __dataclass_builtins_object__.__setattr__(self,'root',root)
  __dataclass_builtins_object__.__setattr__(self,'fingerprint',fingerprint)
  __dataclass_builtins_object__.__setattr__(self,'sources',sources)
  __dataclass_builtins_object__.__setattr__(self,'quantities',quantities)
  __dataclass_builtins_object__.__setattr__(self,'claims',claims)
  __dataclass_builtins_object__.__setattr__(self,'findings',findings)
  __dataclass_builtins_object__.__setattr__(self,'relations',relations)
  __dataclass_builtins_object__.__setattr__(self,'fail_on',fail_on)
  __dataclass_builtins_object__.__setattr__(self,'gate_failed',gate_failed)
  __dataclass_builtins_object__.__setattr__(self,'fixed',fixed)
  __dataclass_builtins_object__.__setattr__(self,'expired',expired)
  __dataclass_builtins_object__.__setattr__(self,'baseline',baseline)
  __dataclass_builtins_object__.__setattr__(self,'coverage',coverage)
  __dataclass_builtins_object__.__setattr__(self,'skipped',skipped)
  __dataclass_builtins_object__.__setattr__(self,'report',report)
  __dataclass_builtins_object__.__setattr__(self,'timings',_dflt_timings() if timings is _HAS_DEFAULT_FACTORY else timings)
  __dataclass_builtins_object__.__setattr__(self,'corpus',corpus)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(root={self.root!r}, fingerprint={self.fingerprint!r}, sources={self.sources!r}, quantities={self.quantities!r}, claims={self.claims!r}, findings={self.findings!r}, relations={self.relations!r}, fail_on={self.fail_on!r}, gate_failed={self.gate_failed!r}, fixed={self.fixed!r}, expired={self.expired!r}, baseline={self.baseline!r}, coverage={self.coverage!r}, skipped={self.skipped!r}, report={self.report!r}, timings={self.timings!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.root,self.fingerprint,self.sources,self.quantities,self.claims,self.findings,self.relations,self.fail_on,self.gate_failed,self.fixed,self.expired,self.baseline,self.coverage,self.skipped,self.report,)==(other.root,other.fingerprint,other.sources,other.quantities,other.claims,other.findings,other.relations,other.fail_on,other.gate_failed,other.fixed,other.expired,other.baseline,other.coverage,other.skipped,other.report,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('root','fingerprint','sources','quantities','claims','findings','relations','fail_on','gate_failed','fixed','expired','baseline','coverage','skipped','report','timings','corpus',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('root','fingerprint','sources','quantities','claims','findings','relations','fail_on','gate_failed','fixed','expired','baseline','coverage','skipped','report','timings','corpus',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.root,self.fingerprint,self.sources,self.quantities,self.claims,self.findings,self.relations,self.fail_on,self.gate_failed,self.fixed,self.expired,self.baseline,self.coverage,self.skipped,self.report,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt_fail_on, _dflt_gate_failed, _dflt_fixed, _dflt_expired, _dflt_baseline, _dflt_coverage, _dflt_skipped, _dflt_report, _dflt_timings, _dflt_corpus, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,root,fingerprint,sources,quantities,claims,findings,relations,fail_on=_dflt_fail_on,gate_failed=_dflt_gate_failed,fixed=_dflt_fixed,expired=_dflt_expired,baseline=_dflt_baseline,coverage=_dflt_coverage,skipped=_dflt_skipped,report=_dflt_report,timings=_HAS_DEFAULT_FACTORY,corpus=_dflt_corpus):\n  __dataclass_builtins_object__.__setattr__(self,\'root\',root)\n  __dataclass_builtins_object__.__setattr__(self,\'fingerprint\',fingerprint)\n  __dataclass_builtins_object__.__setattr__(self,\'sources\',sources)\n  __dataclass_builtins_object__.__setattr__(self,\'quantities\',quantities)\n  __dataclass_builtins_object__.__setattr__(self,\'claims\',claims)\n  __dataclass_builtins_object__.__setattr__(self,\'findings\',findings)\n  __dataclass_builtins_object__.__setattr__(self,\'relations\',relations)\n  __dataclass_builtins_object__.__setattr__(self,\'fail_on\',fail_on)\n  __dataclass_builtins_object__.__setattr__(self,\'gate_failed\',gate_failed)\n  __dataclass_builtins_object__.__setattr__(self,\'fixed\',fixed)\n  __dataclass_builtins_object__.__setattr__(self,\'expired\',expired)\n  __dataclass_builtins_object__.__setattr__(self,\'baseline\',baseline)\n  __dataclass_builtins_object__.__setattr__(self,\'coverage\',coverage)\n  __dataclass_builtins_object__.__setattr__(self,\'skipped\',skipped)\n  __dataclass_builtins_object__.__setattr__(self,\'report\',report)\n  __dataclass_builtins_object__.__setattr__(self,\'timings\',_dflt_timings() if timings is _HAS_DEFAULT_FACTORY else timings)\n  __dataclass_builtins_object__.__setattr__(self,\'corpus\',corpus)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(root={self.root!r}, fingerprint={self.fingerprint!r}, sources={self.sources!r}, quantities={self.quantities!r}, claims={self.claims!r}, findings={self.findings!r}, relations={self.relations!r}, fail_on={self.fail_on!r}, gate_failed={self.gate_failed!r}, fixed={self.fixed!r}, expired={self.expired!r}, baseline={self.baseline!r}, coverage={self.coverage!r}, skipped={self.skipped!r}, report={self.report!r}, timings={self.timings!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.root,self.fingerprint,self.sources,self.quantities,self.claims,self.findings,self.relations,self.fail_on,self.gate_failed,self.fixed,self.expired,self.baseline,self.coverage,self.skipped,self.report,)==(other.root,other.fingerprint,other.sources,other.quantities,other.claims,other.findings,other.relations,other.fail_on,other.gate_failed,other.fixed,other.expired,other.baseline,other.coverage,other.skipped,other.report,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'root\',\'fingerprint\',\'sources\',\'quantities\',\'claims\',\'findings\',\'relations\',\'fail_on\',\'gate_failed\',\'fixed\',\'expired\',\'baseline\',\'coverage\',\'skipped\',\'report\',\'timings\',\'corpus\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'root\',\'fingerprint\',\'sources\',\'quantities\',\'claims\',\'findings\',\'relations\',\'fail_on\',\'gate_failed\',\'fixed\',\'expired\',\'baseline\',\'coverage\',\'skipped\',\'report\',\'timings\',\'corpus\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.root,self.fingerprint,self.sources,self.quantities,self.claims,self.findings,self.relations,self.fail_on,self.gate_failed,self.fixed,self.expired,self.baseline,self.coverage,self.skipped,self.report,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_dflt_fixed, _dflt_expired, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,findings,gate_failed,fixed=_dflt_fixed,expired=_dflt_expired):
  __dataclass_builtins_object__.__setattr__(self,'findings',findings)
  __dataclass_builtins_object__.__setattr__(self,'gate_failed',gate_failed)
  __dataclass_builtins_object__.__setattr__(self,'fixed',fixed)
  __dataclass_builtins_object__.__setattr__(self,'expired',expired)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(findings={self.findings!r}, gate_failed={self.gate_failed!r}, fixed={self.fixed!r}, expired={self.expired!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.findings,self.gate_failed,self.fixed,self.expired,)==(other.findings,other.gate_failed,other.fixed,other.expired,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('findings','gate_failed','fixed','expired',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('findings','gate_failed','fixed','expired',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.findings,self.gate_failed,self.fixed,self.expired,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt_fixed, _dflt_expired, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,findings,gate_failed,fixed=_dflt_fixed,expired=_dflt_expired):\n  __dataclass_builtins_object__.__setattr__(self,\'findings\',findings)\n  __dataclass_builtins_object__.__setattr__(self,\'gate_failed\',gate_failed)\n  __dataclass_builtins_object__.__setattr__(self,\'fixed\',fixed)\n  __dataclass_builtins_object__.__setattr__(self,\'expired\',expired)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(findings={self.findings!r}, gate_failed={self.gate_failed!r}, fixed={self.fixed!r}, expired={self.expired!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.findings,self.gate_failed,self.fixed,self.expired,)==(other.findings,other.gate_failed,other.fixed,other.expired,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'findings\',\'gate_failed\',\'fixed\',\'expired\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'findings\',\'gate_failed\',\'fixed\',\'expired\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.findings,self.gate_failed,self.fixed,self.expired,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_dflt_glued, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,kind,text,glued=_dflt_glued):
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'glued',glued)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, text={self.text!r}, glued={self.glued!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.text,self.glued,)==(other.kind,other.text,other.glued,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','text','glued',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','text','glued',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.kind,self.text,self.glued,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt_glued, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,kind,text,glued=_dflt_glued):\n  __dataclass_builtins_object__.__setattr__(self,\'kind\',kind)\n  __dataclass_builtins_object__.__setattr__(self,\'text\',text)\n  __dataclass_builtins_object__.__setattr__(self,\'glued\',glued)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, text={self.text!r}, glued={self.glued!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.text,self.glued,)==(other.kind,other.text,other.glued,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'text\',\'glued\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'text\',\'glued\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.kind,self.text,self.glued,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_dflt_history, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,id,source,kind,variable,interval,cites,history=_dflt_history):
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'variable',variable)
  __dataclass_builtins_object__.__setattr__(self,'interval',interval)
  __dataclass_builtins_object__.__setattr__(self,'cites',cites)
  __dataclass_builtins_object__.__setattr__(self,'history',history)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, source={self.source!r}, kind={self.kind!r}, variable={self.variable!r}, interval={self.interval!r}, cites={self.cites!r}, history={self.history!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.source,self.kind,self.variable,self.interval,self.cites,self.history,)==(other.id,other.source,other.kind,other.variable,other.interval,other.cites,other.history,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','source','kind','variable','interval','cites','history',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','source','kind','variable','interval','cites','history',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.id,self.source,self.kind,self.variable,self.interval,self.cites,self.history,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt_history, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,id,source,kind,variable,interval,cites,history=_dflt_history):\n  __dataclass_builtins_object__.__setattr__(self,\'id\',id)\n  __dataclass_builtins_object__.__setattr__(self,\'source\',source)\n  __dataclass_builtins_object__.__setattr__(self,\'kind\',kind)\n  __dataclass_builtins_object__.__setattr__(self,\'variable\',variable)\n  __dataclass_builtins_object__.__setattr__(self,\'interval\',interval)\n  __dataclass_builtins_object__.__setattr__(self,\'cites\',cites)\n  __dataclass_builtins_object__.__setattr__(self,\'history\',history)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, source={self.source!r}, kind={self.kind!r}, variable={self.variable!r}, interval={self.interval!r}, cites={self.cites!r}, history={self.history!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.source,self.kind,self.variable,self.interval,self.cites,self.history,)==(other.id,other.source,other.kind,other.variable,other.interval,other.cites,other.history,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'source\',\'kind\',\'variable\',\'interval\',\'cites\',\'history\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'source\',\'kind\',\'variable\',\'interval\',\'cites\',\'history\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.id,self.source,self.kind,self.variable,self.interval,self.cites,self.history,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_dflt_kind, _dflt_cites, _dflt_in_corpus, _dflt_sections, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,name,text,source,kind=_dflt_kind,cites=_dflt_cites,in_corpus=_dflt_in_corpus,sections=_dflt_sections):
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'cites',cites)
  __dataclass_builtins_object__.__setattr__(self,'in_corpus',in_corpus)
  __dataclass_builtins_object__.__setattr__(self,'sections',sections)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, text={self.text!r}, source={self.source!r}, kind={self.kind!r}, cites={self.cites!r}, in_corpus={self.in_corpus!r}, sections={self.sections!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.text,self.source,self.kind,self.cites,self.in_corpus,self.sections,)==(other.name,other.text,other.source,other.kind,other.cites,other.in_corpus,other.sections,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','text','source','kind','cites','in_corpus','sections',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','text','source','kind','cites','in_corpus','sections',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.name,self.text,self.source,self.kind,self.cites,self.in_corpus,self.sections,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt_kind, _dflt_cites, _dflt_in_corpus, _dflt_sections, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,name,text,source,kind=_dflt_kind,cites=_dflt_cites,in_corpus=_dflt_in_corpus,sections=_dflt_sections):\n  __dataclass_builtins_object__.__setattr__(self,\'name\',name)\n  __dataclass_builtins_object__.__setattr__(self,\'text\',text)\n  __dataclass_builtins_object__.__setattr__(self,\'source\',source)\n  __dataclass_builtins_object__.__setattr__(self,\'kind\',kind)\n  __dataclass_builtins_object__.__setattr__(self,\'cites\',cites)\n  __dataclass_builtins_object__.__setattr__(self,\'in_corpus\',in_corpus)\n  __dataclass_builtins_object__.__setattr__(self,\'sections\',sections)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, text={self.text!r}, source={self.source!r}, kind={self.kind!r}, cites={self.cites!r}, in_corpus={self.in_corpus!r}, sections={self.sections!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.text,self.source,self.kind,self.cites,self.in_corpus,self.sections,)==(other.name,other.text,other.source,other.kind,other.cites,other.in_corpus,other.sections,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'text\',\'source\',\'kind\',\'cites\',\'in_corpus\',\'sections\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'text\',\'source\',\'kind\',\'cites\',\'in_corpus\',\'sections\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.name,self.text,self.source,self.kind,self.cites,self.in_corpus,self.sections,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_dflt_kind, _dflt_continuous, _dflt_signed, _dflt_rounding, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,kind=_dflt_kind,continuous=_dflt_continuous,signed=_dflt_signed,rounding=_dflt_rounding):
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'continuous',continuous)
  __dataclass_builtins_object__.__setattr__(self,'signed',signed)
  __dataclass_builtins_object__.__setattr__(self,'rounding',rounding)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, continuous={self.continuous!r}, signed={self.signed!r}, rounding={self.rounding!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.continuous,self.signed,self.rounding,)==(other.kind,other.continuous,other.signed,other.rounding,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','continuous','signed','rounding',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','continuous','signed','rounding',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.kind,self.continuous,self.signed,self.rounding,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt_kind, _dflt_continuous, _dflt_signed, _dflt_rounding, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,kind=_dflt_kind,continuous=_dflt_continuous,signed=_dflt_signed,rounding=_dflt_rounding):\n  __dataclass_builtins_object__.__setattr__(self,\'kind\',kind)\n  __dataclass_builtins_object__.__setattr__(self,\'continuous\',continuous)\n  __dataclass_builtins_object__.__setattr__(self,\'signed\',signed)\n  __dataclass_builtins_object__.__setattr__(self,\'rounding\',rounding)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, continuous={self.continuous!r}, signed={self.signed!r}, rounding={self.rounding!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.continuous,self.signed,self.rounding,)==(other.kind,other.continuous,other.signed,other.rounding,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'continuous\',\'signed\',\'rounding\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'continuous\',\'signed\',\'rounding\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.kind,self.continuous,self.signed,self.rounding,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_dflt_lo_open, _dflt_hi_open, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,lo,hi,lo_open=_dflt_lo_open,hi_open=_dflt_hi_open):
  __dataclass_builtins_object__.__setattr__(self,'lo',lo)
  __dataclass_builtins_object__.__setattr__(self,'hi',hi)
  __dataclass_builtins_object__.__setattr__(self,'lo_open',lo_open)
  __dataclass_builtins_object__.__setattr__(self,'hi_open',hi_open)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(lo={self.lo!r}, hi={self.hi!r}, lo_open={self.lo_open!r}, hi_open={self.hi_open!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.lo,self.hi,self.lo_open,self.hi_open,)==(other.lo,other.hi,other.lo_open,other.hi_open,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('lo','hi','lo_open','hi_open',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('lo','hi','lo_open','hi_open',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.lo,self.hi,self.lo_open,self.hi_open,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt_lo_open, _dflt_hi_open, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,lo,hi,lo_open=_dflt_lo_open,hi_open=_dflt_hi_open):\n  __dataclass_builtins_object__.__setattr__(self,\'lo\',lo)\n  __dataclass_builtins_object__.__setattr__(self,\'hi\',hi)\n  __dataclass_builtins_object__.__setattr__(self,\'lo_open\',lo_open)\n  __dataclass_builtins_object__.__setattr__(self,\'hi_open\',hi_open)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(lo={self.lo!r}, hi={self.hi!r}, lo_open={self.lo_open!r}, hi_open={self.hi_open!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.lo,self.hi,self.lo_open,self.hi_open,)==(other.lo,other.hi,other.lo_open,other.hi_open,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'lo\',\'hi\',\'lo_open\',\'hi_open\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'lo\',\'hi\',\'lo_open\',\'hi_open\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.lo,self.hi,self.lo_open,self.hi_open,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_dflt_max_file_bytes, _dflt_max_aliases, _dflt_max_nodes, _dflt_max_depth, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,max_file_bytes=_dflt_max_file_bytes,max_aliases=_dflt_max_aliases,max_nodes=_dflt_max_nodes,max_depth=_dflt_max_depth):
  __dataclass_builtins_object__.__setattr__(self,'max_file_bytes',max_file_bytes)
  __dataclass_builtins_object__.__setattr__(self,'max_aliases',max_aliases)
  __dataclass_builtins_object__.__setattr__(self,'max_nodes',max_nodes)
  __dataclass_builtins_object__.__setattr__(self,'max_depth',max_depth)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(max_file_bytes={self.max_file_bytes!r}, max_aliases={self.max_aliases!r}, max_nodes={self.max_nodes!r}, max_depth={self.max_depth!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.max_file_bytes,self.max_aliases,self.max_nodes,self.max_depth,)==(other.max_file_bytes,other.max_aliases,other.max_nodes,other.max_depth,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('max_file_bytes','max_aliases','max_nodes','max_depth',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('max_file_bytes','max_aliases','max_nodes','max_depth',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.max_file_bytes,self.max_aliases,self.max_nodes,self.max_depth,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt_max_file_bytes, _dflt_max_aliases, _dflt_max_nodes, _dflt_max_depth, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,max_file_bytes=_dflt_max_file_bytes,max_aliases=_dflt_max_aliases,max_nodes=_dflt_max_nodes,max_depth=_dflt_max_depth):\n  __dataclass_builtins_object__.__setattr__(self,\'max_file_bytes\',max_file_bytes)\n  __dataclass_builtins_object__.__setattr__(self,\'max_aliases\',max_aliases)\n  __dataclass_builtins_object__.__setattr__(self,\'max_nodes\',max_nodes)\n  __dataclass_builtins_object__.__setattr__(self,\'max_depth\',max_depth)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(max_file_bytes={self.max_file_bytes!r}, max_aliases={self.max_aliases!r}, max_nodes={self.max_nodes!r}, max_depth={self.max_depth!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.max_file_bytes,self.max_aliases,self.max_nodes,self.max_depth,)==(other.max_file_bytes,other.max_aliases,other.max_nodes,other.max_depth,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'max_file_bytes\',\'max_aliases\',\'max_nodes\',\'max_depth\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'max_file_bytes\',\'max_aliases\',\'max_nodes\',\'max_depth\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.max_file_bytes,self.max_aliases,self.max_nodes,self.max_depth,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_dflt_message, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,fingerprint,code,claims,reason,expires,message=_dflt_message):
  __dataclass_builtins_object__.__setattr__(self,'fingerprint',fingerprint)
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'claims',claims)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
  __dataclass_builtins_object__.__setattr__(self,'expires',expires)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(fingerprint={self.fingerprint!r}, code={self.code!r}, claims={self.claims!r}, reason={self.reason!r}, expires={self.expires!r}, message={self.message!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.fingerprint,self.code,self.claims,self.reason,self.expires,self.message,)==(other.fingerprint,other.code,other.claims,other.reason,other.expires,other.message,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('fingerprint','code','claims','reason','expires','message',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('fingerprint','code','claims','reason','expires','message',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.fingerprint,self.code,self.claims,self.reason,self.expires,self.message,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt_message, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,fingerprint,code,claims,reason,expires,message=_dflt_message):\n  __dataclass_builtins_object__.__setattr__(self,\'fingerprint\',fingerprint)\n  __dataclass_builtins_object__.__setattr__(self,\'code\',code)\n  __dataclass_builtins_object__.__setattr__(self,\'claims\',claims)\n  __dataclass_builtins_object__.__setattr__(self,\'reason\',reason)\n  __dataclass_builtins_object__.__setattr__(self,\'expires\',expires)\n  __dataclass_builtins_object__.__setattr__(self,\'message\',message)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(fingerprint={self.fingerprint!r}, code={self.code!r}, claims={self.claims!r}, reason={self.reason!r}, expires={self.expires!r}, message={self.message!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.fingerprint,self.code,self.claims,self.reason,self.expires,self.message,)==(other.fingerprint,other.code,other.claims,other.reason,other.expires,other.message,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'fingerprint\',\'code\',\'claims\',\'reason\',\'expires\',\'message\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'fingerprint\',\'code\',\'claims\',\'reason\',\'expires\',\'message\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.fingerprint,self.code,self.claims,self.reason,self.expires,self.message,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_dflt_note, _dflt_author, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,id,title,kind,publisher,url,published,cites,file,sha256,text,section,claims,note=_dflt_note,author=_dflt_author):
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'publisher',publisher)
  __dataclass_builtins_object__.__setattr__(self,'url',url)
  __dataclass_builtins_object__.__setattr__(self,'published',published)
  __dataclass_builtins_object__.__setattr__(self,'cites',cites)
  __dataclass_builtins_object__.__setattr__(self,'file',file)
  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'section',section)
  __dataclass_builtins_object__.__setattr__(self,'claims',claims)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'author',author)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, kind={self.kind!r}, publisher={self.publisher!r}, url={self.url!r}, published={self.published!r}, cites={self.cites!r}, file={self.file!r}, sha256={self.sha256!r}, text={self.text!r}, section={self.section!r}, claims={self.claims!r}, note={self.note!r}, author={self.author!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.title,self.kind,self.publisher,self.url,self.published,self.cites,self.file,self.sha256,self.text,self.section,self.claims,self.note,self.author,)==(other.id,other.title,other.kind,other.publisher,other.url,other.published,other.cites,other.file,other.sha256,other.text,other.section,other.claims,other.note,other.author,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','title','kind','publisher','url','published','cites','file','sha256','text','section','claims','note','author',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','title','kind','publisher','url','published','cites','file','sha256','text','section','claims','note','author',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.id,self.title,self.kind,self.publisher,self.url,self.published,self.cites,self.file,self.sha256,self.text,self.section,self.claims,self.note,self.author,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt_note, _dflt_author, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,id,title,kind,publisher,url,published,cites,file,sha256,text,section,claims,note=_dflt_note,author=_dflt_author):\n  __dataclass_builtins_object__.__setattr__(self,\'id\',id)\n  __dataclass_builtins_object__.__setattr__(self,\'title\',title)\n  __dataclass_builtins_object__.__setattr__(self,\'kind\',kind)\n  __dataclass_builtins_object__.__setattr__(self,\'publisher\',publisher)\n  __dataclass_builtins_object__.__setattr__(self,\'url\',url)\n  __dataclass_builtins_object__.__setattr__(self,\'published\',published)\n  __dataclass_builtins_object__.__setattr__(self,\'cites\',cites)\n  __dataclass_builtins_object__.__setattr__(self,\'file\',file)\n  __dataclass_builtins_object__.__setattr__(self,\'sha256\',sha256)\n  __dataclass_builtins_object__.__setattr__(self,\'text\',text)\n  __dataclass_builtins_object__.__setattr__(self,\'section\',section)\n  __dataclass_builtins_object__.__setattr__(self,\'claims\',claims)\n  __dataclass_builtins_object__.__setattr__(self,\'note\',note)\n  __dataclass_builtins_object__.__setattr__(self,\'author\',author)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, title={self.title!r}, kind={self.kind!r}, publisher={self.publisher!r}, url={self.url!r}, published={self.published!r}, cites={self.cites!r}, file={self.file!r}, sha256={self.sha256!r}, text={self.text!r}, section={self.section!r}, claims={self.claims!r}, note={self.note!r}, author={self.author!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.title,self.kind,self.publisher,self.url,self.published,self.cites,self.file,self.sha256,self.text,self.section,self.claims,self.note,self.author,)==(other.id,other.title,other.kind,other.publisher,other.url,other.published,other.cites,other.file,other.sha256,other.text,other.section,other.claims,other.note,other.author,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'title\',\'kind\',\'publisher\',\'url\',\'published\',\'cites\',\'file\',\'sha256\',\'text\',\'section\',\'claims\',\'note\',\'author\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'title\',\'kind\',\'publisher\',\'url\',\'published\',\'cites\',\'file\',\'sha256\',\'text\',\'section\',\'claims\',\'note\',\'author\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.id,self.title,self.kind,self.publisher,self.url,self.published,self.cites,self.file,self.sha256,self.text,self.section,self.claims,self.note,self.author,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_dflt_page, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,matched,start,line,quote_next,text_next,page=_dflt_page):
  __dataclass_builtins_object__.__setattr__(self,'matched',matched)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'quote_next',quote_next)
  __dataclass_builtins_object__.__setattr__(self,'text_next',text_next)
  __dataclass_builtins_object__.__setattr__(self,'page',page)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(matched={self.matched!r}, start={self.start!r}, line={self.line!r}, quote_next={self.quote_next!r}, text_next={self.text_next!r}, page={self.page!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.matched,self.start,self.line,self.quote_next,self.text_next,self.page,)==(other.matched,other.start,other.line,other.quote_next,other.text_next,other.page,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('matched','start','line','quote_next','text_next','page',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('matched','start','line','quote_next','text_next','page',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.matched,self.start,self.line,self.quote_next,self.text_next,self.page,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt_page, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,matched,start,line,quote_next,text_next,page=_dflt_page):\n  __dataclass_builtins_object__.__setattr__(self,\'matched\',matched)\n  __dataclass_builtins_object__.__setattr__(self,\'start\',start)\n  __dataclass_builtins_object__.__setattr__(self,\'line\',line)\n  __dataclass_builtins_object__.__setattr__(self,\'quote_next\',quote_next)\n  __dataclass_builtins_object__.__setattr__(self,\'text_next\',text_next)\n  __dataclass_builtins_object__.__setattr__(self,\'page\',page)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(matched={self.matched!r}, start={self.start!r}, line={self.line!r}, quote_next={self.quote_next!r}, text_next={self.text_next!r}, page={self.page!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.matched,self.start,self.line,self.quote_next,self.text_next,self.page,)==(other.matched,other.start,other.line,other.quote_next,other.text_next,other.page,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'matched\',\'start\',\'line\',\'quote_next\',\'text_next\',\'page\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'matched\',\'start\',\'line\',\'quote_next\',\'text_next\',\'page\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.matched,self.start,self.line,self.quote_next,self.text_next,self.page,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_dflt_page, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,start,end,line,occurrences,page=_dflt_page):
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'occurrences',occurrences)
  __dataclass_builtins_object__.__setattr__(self,'page',page)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, line={self.line!r}, occurrences={self.occurrences!r}, page={self.page!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.line,self.occurrences,self.page,)==(other.start,other.end,other.line,other.occurrences,other.page,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end','line','occurrences','page',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end','line','occurrences','page',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.start,self.end,self.line,self.occurrences,self.page,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt_page, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,start,end,line,occurrences,page=_dflt_page):\n  __dataclass_builtins_object__.__setattr__(self,\'start\',start)\n  __dataclass_builtins_object__.__setattr__(self,\'end\',end)\n  __dataclass_builtins_object__.__setattr__(self,\'line\',line)\n  __dataclass_builtins_object__.__setattr__(self,\'occurrences\',occurrences)\n  __dataclass_builtins_object__.__setattr__(self,\'page\',page)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, line={self.line!r}, occurrences={self.occurrences!r}, page={self.page!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,self.line,self.occurrences,self.page,)==(other.start,other.end,other.line,other.occurrences,other.page,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'end\',\'line\',\'occurrences\',\'page\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'end\',\'line\',\'occurrences\',\'page\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.start,self.end,self.line,self.occurrences,self.page,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_dflt_publisher, _dflt_summary, _dflt_language, _dflt_url, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,title,publisher=_dflt_publisher,summary=_dflt_summary,language=_dflt_language,url=_dflt_url):
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'publisher',publisher)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
  __dataclass_builtins_object__.__setattr__(self,'language',language)
  __dataclass_builtins_object__.__setattr__(self,'url',url)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(title={self.title!r}, publisher={self.publisher!r}, summary={self.summary!r}, language={self.language!r}, url={self.url!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.title,self.publisher,self.summary,self.language,self.url,)==(other.title,other.publisher,other.summary,other.language,other.url,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('title','publisher','summary','language','url',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('title','publisher','summary','language','url',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.title,self.publisher,self.summary,self.language,self.url,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt_publisher, _dflt_summary, _dflt_language, _dflt_url, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,title,publisher=_dflt_publisher,summary=_dflt_summary,language=_dflt_language,url=_dflt_url):\n  __dataclass_builtins_object__.__setattr__(self,\'title\',title)\n  __dataclass_builtins_object__.__setattr__(self,\'publisher\',publisher)\n  __dataclass_builtins_object__.__setattr__(self,\'summary\',summary)\n  __dataclass_builtins_object__.__setattr__(self,\'language\',language)\n  __dataclass_builtins_object__.__setattr__(self,\'url\',url)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(title={self.title!r}, publisher={self.publisher!r}, summary={self.summary!r}, language={self.language!r}, url={self.url!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.title,self.publisher,self.summary,self.language,self.url,)==(other.title,other.publisher,other.summary,other.language,other.url,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'title\',\'publisher\',\'summary\',\'language\',\'url\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'title\',\'publisher\',\'summary\',\'language\',\'url\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.title,self.publisher,self.summary,self.language,self.url,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_dflt_repeats, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,verdict,against,against_interval,basis,repeats=_dflt_repeats):
  __dataclass_builtins_object__.__setattr__(self,'verdict',verdict)
  __dataclass_builtins_object__.__setattr__(self,'against',against)
  __dataclass_builtins_object__.__setattr__(self,'against_interval',against_interval)
  __dataclass_builtins_object__.__setattr__(self,'basis',basis)
  __dataclass_builtins_object__.__setattr__(self,'repeats',repeats)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(verdict={self.verdict!r}, against={self.against!r}, against_interval={self.against_interval!r}, basis={self.basis!r}, repeats={self.repeats!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.verdict,self.against,self.against_interval,self.basis,self.repeats,)==(other.verdict,other.against,other.against_interval,other.basis,other.repeats,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('verdict','against','against_interval','basis','repeats',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('verdict','against','against_interval','basis','repeats',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.verdict,self.against,self.against_interval,self.basis,self.repeats,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt_repeats, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,verdict,against,against_interval,basis,repeats=_dflt_repeats):\n  __dataclass_builtins_object__.__setattr__(self,\'verdict\',verdict)\n  __dataclass_builtins_object__.__setattr__(self,\'against\',against)\n  __dataclass_builtins_object__.__setattr__(self,\'against_interval\',against_interval)\n  __dataclass_builtins_object__.__setattr__(self,\'basis\',basis)\n  __dataclass_builtins_object__.__setattr__(self,\'repeats\',repeats)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(verdict={self.verdict!r}, against={self.against!r}, against_interval={self.against_interval!r}, basis={self.basis!r}, repeats={self.repeats!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.verdict,self.against,self.against_interval,self.basis,self.repeats,)==(other.verdict,other.against,other.against_interval,other.basis,other.repeats,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'verdict\',\'against\',\'against_interval\',\'basis\',\'repeats\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'verdict\',\'against\',\'against_interval\',\'basis\',\'repeats\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.verdict,self.against,self.against_interval,self.basis,self.repeats,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_dflt_rounded, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,name,rule,rounded=_dflt_rounded):
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'rule',rule)
  __dataclass_builtins_object__.__setattr__(self,'rounded',rounded)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, rule={self.rule!r}, rounded={self.rounded!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.rule,self.rounded,)==(other.name,other.rule,other.rounded,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','rule','rounded',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','rule','rounded',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.name,self.rule,self.rounded,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt_rounded, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,name,rule,rounded=_dflt_rounded):\n  __dataclass_builtins_object__.__setattr__(self,\'name\',name)\n  __dataclass_builtins_object__.__setattr__(self,\'rule\',rule)\n  __dataclass_builtins_object__.__setattr__(self,\'rounded\',rounded)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, rule={self.rule!r}, rounded={self.rounded!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.rule,self.rounded,)==(other.name,other.rule,other.rounded,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'rule\',\'rounded\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'rule\',\'rounded\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.name,self.rule,self.rounded,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_dflt_scale, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,id,kind,members,scale=_dflt_scale):
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'members',members)
  __dataclass_builtins_object__.__setattr__(self,'scale',scale)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, kind={self.kind!r}, members={self.members!r}, scale={self.scale!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.kind,self.members,self.scale,)==(other.id,other.kind,other.members,other.scale,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','kind','members','scale',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','kind','members','scale',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.id,self.kind,self.members,self.scale,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt_scale, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,id,kind,members,scale=_dflt_scale):\n  __dataclass_builtins_object__.__setattr__(self,\'id\',id)\n  __dataclass_builtins_object__.__setattr__(self,\'kind\',kind)\n  __dataclass_builtins_object__.__setattr__(self,\'members\',members)\n  __dataclass_builtins_object__.__setattr__(self,\'scale\',scale)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, kind={self.kind!r}, members={self.members!r}, scale={self.scale!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.kind,self.members,self.scale,)==(other.id,other.kind,other.members,other.scale,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'kind\',\'members\',\'scale\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'kind\',\'members\',\'scale\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.id,self.kind,self.members,self.scale,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_dflt_scale, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,value,step,scale=_dflt_scale):
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'step',step)
  __dataclass_builtins_object__.__setattr__(self,'scale',scale)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(value={self.value!r}, step={self.step!r}, scale={self.scale!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.value,self.step,self.scale,)==(other.value,other.step,other.scale,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('value','step','scale',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('value','step','scale',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.value,self.step,self.scale,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt_scale, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,value,step,scale=_dflt_scale):\n  __dataclass_builtins_object__.__setattr__(self,\'value\',value)\n  __dataclass_builtins_object__.__setattr__(self,\'step\',step)\n  __dataclass_builtins_object__.__setattr__(self,\'scale\',scale)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(value={self.value!r}, step={self.step!r}, scale={self.scale!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.value,self.step,self.scale,)==(other.value,other.step,other.scale,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'value\',\'step\',\'scale\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'value\',\'step\',\'scale\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.value,self.step,self.scale,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_dflt_shift, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,rel,value,num,den,scale,shift=_dflt_shift):
  __dataclass_builtins_object__.__setattr__(self,'rel',rel)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'num',num)
  __dataclass_builtins_object__.__setattr__(self,'den',den)
  __dataclass_builtins_object__.__setattr__(self,'scale',scale)
  __dataclass_builtins_object__.__setattr__(self,'shift',shift)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(rel={self.rel!r}, value={self.value!r}, num={self.num!r}, den={self.den!r}, scale={self.scale!r}, shift={self.shift!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.rel,self.value,self.num,self.den,self.scale,self.shift,)==(other.rel,other.value,other.num,other.den,other.scale,other.shift,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('rel','value','num','den','scale','shift',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('rel','value','num','den','scale','shift',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.rel,self.value,self.num,self.den,self.scale,self.shift,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt_shift, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,rel,value,num,den,scale,shift=_dflt_shift):\n  __dataclass_builtins_object__.__setattr__(self,\'rel\',rel)\n  __dataclass_builtins_object__.__setattr__(self,\'value\',value)\n  __dataclass_builtins_object__.__setattr__(self,\'num\',num)\n  __dataclass_builtins_object__.__setattr__(self,\'den\',den)\n  __dataclass_builtins_object__.__setattr__(self,\'scale\',scale)\n  __dataclass_builtins_object__.__setattr__(self,\'shift\',shift)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(rel={self.rel!r}, value={self.value!r}, num={self.num!r}, den={self.den!r}, scale={self.scale!r}, shift={self.shift!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.rel,self.value,self.num,self.den,self.scale,self.shift,)==(other.rel,other.value,other.num,other.den,other.scale,other.shift,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'rel\',\'value\',\'num\',\'den\',\'scale\',\'shift\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'rel\',\'value\',\'num\',\'den\',\'scale\',\'shift\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.rel,self.value,self.num,self.den,self.scale,self.shift,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_dflt_shift, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,value,num,den,scale,shift=_dflt_shift):
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'num',num)
  __dataclass_builtins_object__.__setattr__(self,'den',den)
  __dataclass_builtins_object__.__setattr__(self,'scale',scale)
  __dataclass_builtins_object__.__setattr__(self,'shift',shift)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(value={self.value!r}, num={self.num!r}, den={self.den!r}, scale={self.scale!r}, shift={self.shift!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.value,self.num,self.den,self.scale,self.shift,)==(other.value,other.num,other.den,other.scale,other.shift,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('value','num','den','scale','shift',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('value','num','den','scale','shift',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.value,self.num,self.den,self.scale,self.shift,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt_shift, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,value,num,den,scale,shift=_dflt_shift):\n  __dataclass_builtins_object__.__setattr__(self,\'value\',value)\n  __dataclass_builtins_object__.__setattr__(self,\'num\',num)\n  __dataclass_builtins_object__.__setattr__(self,\'den\',den)\n  __dataclass_builtins_object__.__setattr__(self,\'scale\',scale)\n  __dataclass_builtins_object__.__setattr__(self,\'shift\',shift)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(value={self.value!r}, num={self.num!r}, den={self.den!r}, scale={self.scale!r}, shift={self.shift!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.value,self.num,self.den,self.scale,self.shift,)==(other.value,other.num,other.den,other.scale,other.shift,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'value\',\'num\',\'den\',\'scale\',\'shift\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'value\',\'num\',\'den\',\'scale\',\'shift\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.value,self.num,self.den,self.scale,self.shift,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_dflt_solved, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,id,quantity,label,unit,integer,as_of,claims,implied,solved=_dflt_solved):
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'quantity',quantity)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'unit',unit)
  __dataclass_builtins_object__.__setattr__(self,'integer',integer)
  __dataclass_builtins_object__.__setattr__(self,'as_of',as_of)
  __dataclass_builtins_object__.__setattr__(self,'claims',claims)
  __dataclass_builtins_object__.__setattr__(self,'implied',implied)
  __dataclass_builtins_object__.__setattr__(self,'solved',solved)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, quantity={self.quantity!r}, label={self.label!r}, unit={self.unit!r}, integer={self.integer!r}, as_of={self.as_of!r}, claims={self.claims!r}, implied={self.implied!r}, solved={self.solved!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.quantity,self.label,self.unit,self.integer,self.as_of,self.claims,self.implied,self.solved,)==(other.id,other.quantity,other.label,other.unit,other.integer,other.as_of,other.claims,other.implied,other.solved,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','quantity','label','unit','integer','as_of','claims','implied','solved',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','quantity','label','unit','integer','as_of','claims','implied','solved',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.id,self.quantity,self.label,self.unit,self.integer,self.as_of,self.claims,self.implied,self.solved,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt_solved, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,id,quantity,label,unit,integer,as_of,claims,implied,solved=_dflt_solved):\n  __dataclass_builtins_object__.__setattr__(self,\'id\',id)\n  __dataclass_builtins_object__.__setattr__(self,\'quantity\',quantity)\n  __dataclass_builtins_object__.__setattr__(self,\'label\',label)\n  __dataclass_builtins_object__.__setattr__(self,\'unit\',unit)\n  __dataclass_builtins_object__.__setattr__(self,\'integer\',integer)\n  __dataclass_builtins_object__.__setattr__(self,\'as_of\',as_of)\n  __dataclass_builtins_object__.__setattr__(self,\'claims\',claims)\n  __dataclass_builtins_object__.__setattr__(self,\'implied\',implied)\n  __dataclass_builtins_object__.__setattr__(self,\'solved\',solved)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, quantity={self.quantity!r}, label={self.label!r}, unit={self.unit!r}, integer={self.integer!r}, as_of={self.as_of!r}, claims={self.claims!r}, implied={self.implied!r}, solved={self.solved!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.quantity,self.label,self.unit,self.integer,self.as_of,self.claims,self.implied,self.solved,)==(other.id,other.quantity,other.label,other.unit,other.integer,other.as_of,other.claims,other.implied,other.solved,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'quantity\',\'label\',\'unit\',\'integer\',\'as_of\',\'claims\',\'implied\',\'solved\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'quantity\',\'label\',\'unit\',\'integer\',\'as_of\',\'claims\',\'implied\',\'solved\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.id,self.quantity,self.label,self.unit,self.integer,self.as_of,self.claims,self.implied,self.solved,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_dflt_start, _dflt_end, _dflt_line, _dflt_says_start, _dflt_says_end, _dflt_page, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,verified,start=_dflt_start,end=_dflt_end,line=_dflt_line,says_start=_dflt_says_start,says_end=_dflt_says_end,page=_dflt_page):
  __dataclass_builtins_object__.__setattr__(self,'verified',verified)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'says_start',says_start)
  __dataclass_builtins_object__.__setattr__(self,'says_end',says_end)
  __dataclass_builtins_object__.__setattr__(self,'page',page)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(verified={self.verified!r}, start={self.start!r}, end={self.end!r}, line={self.line!r}, says_start={self.says_start!r}, says_end={self.says_end!r}, page={self.page!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.verified,self.start,self.end,self.line,self.says_start,self.says_end,self.page,)==(other.verified,other.start,other.end,other.line,other.says_start,other.says_end,other.page,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('verified','start','end','line','says_start','says_end','page',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('verified','start','end','line','says_start','says_end','page',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.verified,self.start,self.end,self.line,self.says_start,self.says_end,self.page,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt_start, _dflt_end, _dflt_line, _dflt_says_start, _dflt_says_end, _dflt_page, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,verified,start=_dflt_start,end=_dflt_end,line=_dflt_line,says_start=_dflt_says_start,says_end=_dflt_says_end,page=_dflt_page):\n  __dataclass_builtins_object__.__setattr__(self,\'verified\',verified)\n  __dataclass_builtins_object__.__setattr__(self,\'start\',start)\n  __dataclass_builtins_object__.__setattr__(self,\'end\',end)\n  __dataclass_builtins_object__.__setattr__(self,\'line\',line)\n  __dataclass_builtins_object__.__setattr__(self,\'says_start\',says_start)\n  __dataclass_builtins_object__.__setattr__(self,\'says_end\',says_end)\n  __dataclass_builtins_object__.__setattr__(self,\'page\',page)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(verified={self.verified!r}, start={self.start!r}, end={self.end!r}, line={self.line!r}, says_start={self.says_start!r}, says_end={self.says_end!r}, page={self.page!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.verified,self.start,self.end,self.line,self.says_start,self.says_end,self.page,)==(other.verified,other.start,other.end,other.line,other.says_start,other.says_end,other.page,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'verified\',\'start\',\'end\',\'line\',\'says_start\',\'says_end\',\'page\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'verified\',\'start\',\'end\',\'line\',\'says_start\',\'says_end\',\'page\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.verified,self.start,self.end,self.line,self.says_start,self.says_end,self.page,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_dflt_stopped, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,feasible,suspects,conflicts,implied,stopped=_dflt_stopped):
  __dataclass_builtins_object__.__setattr__(self,'feasible',feasible)
  __dataclass_builtins_object__.__setattr__(self,'suspects',suspects)
  __dataclass_builtins_object__.__setattr__(self,'conflicts',conflicts)
  __dataclass_builtins_object__.__setattr__(self,'implied',implied)
  __dataclass_builtins_object__.__setattr__(self,'stopped',stopped)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(feasible={self.feasible!r}, suspects={self.suspects!r}, conflicts={self.conflicts!r}, implied={self.implied!r}, stopped={self.stopped!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.feasible,self.suspects,self.conflicts,self.implied,self.stopped,)==(other.feasible,other.suspects,other.conflicts,other.implied,other.stopped,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('feasible','suspects','conflicts','implied','stopped',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('feasible','suspects','conflicts','implied','stopped',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.feasible,self.suspects,self.conflicts,self.implied,self.stopped,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt_stopped, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,feasible,suspects,conflicts,implied,stopped=_dflt_stopped):\n  __dataclass_builtins_object__.__setattr__(self,\'feasible\',feasible)\n  __dataclass_builtins_object__.__setattr__(self,\'suspects\',suspects)\n  __dataclass_builtins_object__.__setattr__(self,\'conflicts\',conflicts)\n  __dataclass_builtins_object__.__setattr__(self,\'implied\',implied)\n  __dataclass_builtins_object__.__setattr__(self,\'stopped\',stopped)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(feasible={self.feasible!r}, suspects={self.suspects!r}, conflicts={self.conflicts!r}, implied={self.implied!r}, stopped={self.stopped!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.feasible,self.suspects,self.conflicts,self.implied,self.stopped,)==(other.feasible,other.suspects,other.conflicts,other.implied,other.stopped,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'feasible\',\'suspects\',\'conflicts\',\'implied\',\'stopped\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'feasible\',\'suspects\',\'conflicts\',\'implied\',\'stopped\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.feasible,self.suspects,self.conflicts,self.implied,self.stopped,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_dflt_suspects, _dflt_evidence, _dflt_problem, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,findings,implied,unsolved,suspects=_dflt_suspects,evidence=_HAS_DEFAULT_FACTORY,problem=_dflt_problem):
  __dataclass_builtins_object__.__setattr__(self,'findings',findings)
  __dataclass_builtins_object__.__setattr__(self,'implied',implied)
  __dataclass_builtins_object__.__setattr__(self,'unsolved',unsolved)
  __dataclass_builtins_object__.__setattr__(self,'suspects',suspects)
  __dataclass_builtins_object__.__setattr__(self,'evidence',_dflt_evidence() if evidence is _HAS_DEFAULT_FACTORY else evidence)
  __dataclass_builtins_object__.__setattr__(self,'problem',problem)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(findings={self.findings!r}, implied={self.implied!r}, unsolved={self.unsolved!r}, suspects={self.suspects!r}, evidence={self.evidence!r}, problem={self.problem!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.findings,self.implied,self.unsolved,self.suspects,self.evidence,self.problem,)==(other.findings,other.implied,other.unsolved,other.suspects,other.evidence,other.problem,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('findings','implied','unsolved','suspects','evidence','problem',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('findings','implied','unsolved','suspects','evidence','problem',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.findings,self.implied,self.unsolved,self.suspects,self.evidence,self.problem,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt_suspects, _dflt_evidence, _dflt_problem, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,findings,implied,unsolved,suspects=_dflt_suspects,evidence=_HAS_DEFAULT_FACTORY,problem=_dflt_problem):\n  __dataclass_builtins_object__.__setattr__(self,\'findings\',findings)\n  __dataclass_builtins_object__.__setattr__(self,\'implied\',implied)\n  __dataclass_builtins_object__.__setattr__(self,\'unsolved\',unsolved)\n  __dataclass_builtins_object__.__setattr__(self,\'suspects\',suspects)\n  __dataclass_builtins_object__.__setattr__(self,\'evidence\',_dflt_evidence() if evidence is _HAS_DEFAULT_FACTORY else evidence)\n  __dataclass_builtins_object__.__setattr__(self,\'problem\',problem)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(findings={self.findings!r}, implied={self.implied!r}, unsolved={self.unsolved!r}, suspects={self.suspects!r}, evidence={self.evidence!r}, problem={self.problem!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.findings,self.implied,self.unsolved,self.suspects,self.evidence,self.problem,)==(other.findings,other.implied,other.unsolved,other.suspects,other.evidence,other.problem,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'findings\',\'implied\',\'unsolved\',\'suspects\',\'evidence\',\'problem\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'findings\',\'implied\',\'unsolved\',\'suspects\',\'evidence\',\'problem\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.findings,self.implied,self.unsolved,self.suspects,self.evidence,self.problem,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_dflt_unit, _dflt_mismatch, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,text,value,percent,qualifier,interval,unit=_dflt_unit,mismatch=_dflt_mismatch):
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'percent',percent)
  __dataclass_builtins_object__.__setattr__(self,'qualifier',qualifier)
  __dataclass_builtins_object__.__setattr__(self,'interval',interval)
  __dataclass_builtins_object__.__setattr__(self,'unit',unit)
  __dataclass_builtins_object__.__setattr__(self,'mismatch',mismatch)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, value={self.value!r}, percent={self.percent!r}, qualifier={self.qualifier!r}, interval={self.interval!r}, unit={self.unit!r}, mismatch={self.mismatch!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.value,self.percent,self.qualifier,self.interval,self.unit,self.mismatch,)==(other.text,other.value,other.percent,other.qualifier,other.interval,other.unit,other.mismatch,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','value','percent','qualifier','interval','unit','mismatch',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','value','percent','qualifier','interval','unit','mismatch',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.text,self.value,self.percent,self.qualifier,self.interval,self.unit,self.mismatch,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt_unit, _dflt_mismatch, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,text,value,percent,qualifier,interval,unit=_dflt_unit,mismatch=_dflt_mismatch):\n  __dataclass_builtins_object__.__setattr__(self,\'text\',text)\n  __dataclass_builtins_object__.__setattr__(self,\'value\',value)\n  __dataclass_builtins_object__.__setattr__(self,\'percent\',percent)\n  __dataclass_builtins_object__.__setattr__(self,\'qualifier\',qualifier)\n  __dataclass_builtins_object__.__setattr__(self,\'interval\',interval)\n  __dataclass_builtins_object__.__setattr__(self,\'unit\',unit)\n  __dataclass_builtins_object__.__setattr__(self,\'mismatch\',mismatch)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, value={self.value!r}, percent={self.percent!r}, qualifier={self.qualifier!r}, interval={self.interval!r}, unit={self.unit!r}, mismatch={self.mismatch!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.value,self.percent,self.qualifier,self.interval,self.unit,self.mismatch,)==(other.text,other.value,other.percent,other.qualifier,other.interval,other.unit,other.mismatch,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'value\',\'percent\',\'qualifier\',\'interval\',\'unit\',\'mismatch\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'value\',\'percent\',\'qualifier\',\'interval\',\'unit\',\'mismatch\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.text,self.value,self.percent,self.qualifier,self.interval,self.unit,self.mismatch,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_dflt_unsolved, _dflt_rel_conflicts, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,feasible,suspects,conflicts,implied,unsolved=_dflt_unsolved,rel_conflicts=_dflt_rel_conflicts):
  __dataclass_builtins_object__.__setattr__(self,'feasible',feasible)
  __dataclass_builtins_object__.__setattr__(self,'suspects',suspects)
  __dataclass_builtins_object__.__setattr__(self,'conflicts',conflicts)
  __dataclass_builtins_object__.__setattr__(self,'implied',implied)
  __dataclass_builtins_object__.__setattr__(self,'unsolved',unsolved)
  __dataclass_builtins_object__.__setattr__(self,'rel_conflicts',rel_conflicts)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(feasible={self.feasible!r}, suspects={self.suspects!r}, conflicts={self.conflicts!r}, implied={self.implied!r}, unsolved={self.unsolved!r}, rel_conflicts={self.rel_conflicts!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.feasible,self.suspects,self.conflicts,self.implied,self.unsolved,self.rel_conflicts,)==(other.feasible,other.suspects,other.conflicts,other.implied,other.unsolved,other.rel_conflicts,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('feasible','suspects','conflicts','implied','unsolved','rel_conflicts',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('feasible','suspects','conflicts','implied','unsolved','rel_conflicts',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.feasible,self.suspects,self.conflicts,self.implied,self.unsolved,self.rel_conflicts,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(_dflt_unsolved, _dflt_rel_conflicts, cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,feasible,suspects,conflicts,implied,unsolved=_dflt_unsolved,rel_conflicts=_dflt_rel_conflicts):\n  __dataclass_builtins_object__.__setattr__(self,\'feasible\',feasible)\n  __dataclass_builtins_object__.__setattr__(self,\'suspects\',suspects)\n  __dataclass_builtins_object__.__setattr__(self,\'conflicts\',conflicts)\n  __dataclass_builtins_object__.__setattr__(self,\'implied\',implied)\n  __dataclass_builtins_object__.__setattr__(self,\'unsolved\',unsolved)\n  __dataclass_builtins_object__.__setattr__(self,\'rel_conflicts\',rel_conflicts)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(feasible={self.feasible!r}, suspects={self.suspects!r}, conflicts={self.conflicts!r}, implied={self.implied!r}, unsolved={self.unsolved!r}, rel_conflicts={self.rel_conflicts!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.feasible,self.suspects,self.conflicts,self.implied,self.unsolved,self.rel_conflicts,)==(other.feasible,other.suspects,other.conflicts,other.implied,other.unsolved,other.rel_conflicts,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'feasible\',\'suspects\',\'conflicts\',\'implied\',\'unsolved\',\'rel_conflicts\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'feasible\',\'suspects\',\'conflicts\',\'implied\',\'unsolved\',\'rel_conflicts\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.feasible,self.suspects,self.conflicts,self.implied,self.unsolved,self.rel_conflicts,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(_set, _new, _draft, _cls):
 def __init__(self, file, line):
     _set(self, '__class__', _draft)
     self.file = file
     self.line = line
     self.__class__ = _cls
 return __init__,
MADE["def __create_fn__(_set, _new, _draft, _cls):\n def __init__(self, file, line):\n     _set(self, '__class__', _draft)\n     self.file = file\n     self.line = line\n     self.__class__ = _cls\n return __init__,\n"] = __create_fn__


def __create_fn__(_set, _new, _draft, _cls):
 def __init__(self, guard, atom):
     _set(self, '__class__', _draft)
     self.guard = guard
     self.atom = atom
     self.__class__ = _cls
 return __init__,
MADE["def __create_fn__(_set, _new, _draft, _cls):\n def __init__(self, guard, atom):\n     _set(self, '__class__', _draft)\n     self.guard = guard\n     self.atom = atom\n     self.__class__ = _cls\n return __init__,\n"] = __create_fn__


def __create_fn__(_set, _new, _draft, _cls):
 def __init__(self, ints, reals, softs, rels, clauses, ratios):
     _set(self, '__class__', _draft)
     self.ints = ints
     self.reals = reals
     self.softs = softs
     self.rels = rels
     self.clauses = clauses
     self.ratios = ratios
     self.__class__ = _cls
 return __init__,
MADE["def __create_fn__(_set, _new, _draft, _cls):\n def __init__(self, ints, reals, softs, rels, clauses, ratios):\n     _set(self, '__class__', _draft)\n     self.ints = ints\n     self.reals = reals\n     self.softs = softs\n     self.rels = rels\n     self.clauses = clauses\n     self.ratios = ratios\n     self.__class__ = _cls\n return __init__,\n"] = __create_fn__


def __create_fn__(_set, _new, _draft, _cls):
 def __init__(self, source, mentions, claimed, ignored):
     _set(self, '__class__', _draft)
     self.source = source
     self.mentions = mentions
     self.claimed = claimed
     self.ignored = ignored
     self.__class__ = _cls
 return __init__,
MADE["def __create_fn__(_set, _new, _draft, _cls):\n def __init__(self, source, mentions, claimed, ignored):\n     _set(self, '__class__', _draft)\n     self.source = source\n     self.mentions = mentions\n     self.claimed = claimed\n     self.ignored = ignored\n     self.__class__ = _cls\n return __init__,\n"] = __create_fn__


def __create_fn__(_set, _new, _draft, _cls):
 def __init__(self, terms, op, rhs):
     _set(self, '__class__', _draft)
     self.terms = terms
     self.op = op
     self.rhs = rhs
     self.__class__ = _cls
 return __init__,
MADE["def __create_fn__(_set, _new, _draft, _cls):\n def __init__(self, terms, op, rhs):\n     _set(self, '__class__', _draft)\n     self.terms = terms\n     self.op = op\n     self.rhs = rhs\n     self.__class__ = _cls\n return __init__,\n"] = __create_fn__


def __create_fn__(_set, _new, _draft, _cls):
 def new_Location(file, line):
     self = _new(_draft)
     self.file = file
     self.line = line
     self.__class__ = _cls
     return self
 return new_Location,
MADE['def __create_fn__(_set, _new, _draft, _cls):\n def new_Location(file, line):\n     self = _new(_draft)\n     self.file = file\n     self.line = line\n     self.__class__ = _cls\n     return self\n return new_Location,\n'] = __create_fn__


def __create_fn__(_set, _new, _draft, _cls, _d1, _d2, _d3, _d4, _d5, _d6):
 def __init__(self, verified, start=_d1, end=_d2, line=_d3, says_start=_d4, says_end=_d5, page=_d6):
     _set(self, '__class__', _draft)
     self.verified = verified
     self.start = start
     self.end = end
     self.line = line
     self.says_start = says_start
     self.says_end = says_end
     self.page = page
     self.__class__ = _cls
 return __init__,
MADE["def __create_fn__(_set, _new, _draft, _cls, _d1, _d2, _d3, _d4, _d5, _d6):\n def __init__(self, verified, start=_d1, end=_d2, line=_d3, says_start=_d4, says_end=_d5, page=_d6):\n     _set(self, '__class__', _draft)\n     self.verified = verified\n     self.start = start\n     self.end = end\n     self.line = line\n     self.says_start = says_start\n     self.says_end = says_end\n     self.page = page\n     self.__class__ = _cls\n return __init__,\n"] = __create_fn__


def __create_fn__(_set, _new, _draft, _cls, _d1, _d2, _d3, _d4, _d5, _d6):
 def new_QuotePosition(verified, start=_d1, end=_d2, line=_d3, says_start=_d4, says_end=_d5, page=_d6):
     self = _new(_draft)
     self.verified = verified
     self.start = start
     self.end = end
     self.line = line
     self.says_start = says_start
     self.says_end = says_end
     self.page = page
     self.__class__ = _cls
     return self
 return new_QuotePosition,
MADE['def __create_fn__(_set, _new, _draft, _cls, _d1, _d2, _d3, _d4, _d5, _d6):\n def new_QuotePosition(verified, start=_d1, end=_d2, line=_d3, says_start=_d4, says_end=_d5, page=_d6):\n     self = _new(_draft)\n     self.verified = verified\n     self.start = start\n     self.end = end\n     self.line = line\n     self.says_start = says_start\n     self.says_end = says_end\n     self.page = page\n     self.__class__ = _cls\n     return self\n return new_QuotePosition,\n'] = __create_fn__


def __create_fn__(_set, _new, _draft, _cls, _d12, _d13):
 def __init__(self, id, title, kind, publisher, url, published, cites, file, sha256, text, section, claims, note=_d12, author=_d13):
     _set(self, '__class__', _draft)
     self.id = id
     self.title = title
     self.kind = kind
     self.publisher = publisher
     self.url = url
     self.published = published
     self.cites = cites
     self.file = file
     self.sha256 = sha256
     self.text = text
     self.section = section
     self.claims = claims
     self.note = note
     self.author = author
     self.__class__ = _cls
 return __init__,
MADE["def __create_fn__(_set, _new, _draft, _cls, _d12, _d13):\n def __init__(self, id, title, kind, publisher, url, published, cites, file, sha256, text, section, claims, note=_d12, author=_d13):\n     _set(self, '__class__', _draft)\n     self.id = id\n     self.title = title\n     self.kind = kind\n     self.publisher = publisher\n     self.url = url\n     self.published = published\n     self.cites = cites\n     self.file = file\n     self.sha256 = sha256\n     self.text = text\n     self.section = section\n     self.claims = claims\n     self.note = note\n     self.author = author\n     self.__class__ = _cls\n return __init__,\n"] = __create_fn__


def __create_fn__(_set, _new, _draft, _cls, _d12, _d13, _d14, _d15, _d16, _d17, _d18, _d19):
 def __init__(self, id, source, quantity, variable, says, quote, interval, integer, verdict, against, against_interval, position, count=_d12, as_of=_d13, note=_d14, location=_d15, repeats=_d16, revises=_d17, revised_by=_d18, interval_source=_d19):
     _set(self, '__class__', _draft)
     self.id = id
     self.source = source
     self.quantity = quantity
     self.variable = variable
     self.says = says
     self.quote = quote
     self.interval = interval
     self.integer = integer
     self.verdict = verdict
     self.against = against
     self.against_interval = against_interval
     self.position = position
     self.count = count
     self.as_of = as_of
     self.note = note
     self.location = location
     self.repeats = repeats
     self.revises = revises
     self.revised_by = revised_by
     self.interval_source = interval_source
     self.__class__ = _cls
 return __init__,
MADE["def __create_fn__(_set, _new, _draft, _cls, _d12, _d13, _d14, _d15, _d16, _d17, _d18, _d19):\n def __init__(self, id, source, quantity, variable, says, quote, interval, integer, verdict, against, against_interval, position, count=_d12, as_of=_d13, note=_d14, location=_d15, repeats=_d16, revises=_d17, revised_by=_d18, interval_source=_d19):\n     _set(self, '__class__', _draft)\n     self.id = id\n     self.source = source\n     self.quantity = quantity\n     self.variable = variable\n     self.says = says\n     self.quote = quote\n     self.interval = interval\n     self.integer = integer\n     self.verdict = verdict\n     self.against = against\n     self.against_interval = against_interval\n     self.position = position\n     self.count = count\n     self.as_of = as_of\n     self.note = note\n     self.location = location\n     self.repeats = repeats\n     self.revises = revises\n     self.revised_by = revised_by\n     self.interval_source = interval_source\n     self.__class__ = _cls\n return __init__,\n"] = __create_fn__


def __create_fn__(_set, _new, _draft, _cls, _d12, _d13, _d14, _d15, _d16, _d17, _d18, _d19):
 def new_ClaimResult(id, source, quantity, variable, says, quote, interval, integer, verdict, against, against_interval, position, count=_d12, as_of=_d13, note=_d14, location=_d15, repeats=_d16, revises=_d17, revised_by=_d18, interval_source=_d19):
     self = _new(_draft)
     self.id = id
     self.source = source
     self.quantity = quantity
     self.variable = variable
     self.says = says
     self.quote = quote
     self.interval = interval
     self.integer = integer
     self.verdict = verdict
     self.against = against
     self.against_interval = against_interval
     self.position = position
     self.count = count
     self.as_of = as_of
     self.note = note
     self.location = location
     self.repeats = repeats
     self.revises = revises
     self.revised_by = revised_by
     self.interval_source = interval_source
     self.__class__ = _cls
     return self
 return new_ClaimResult,
MADE['def __create_fn__(_set, _new, _draft, _cls, _d12, _d13, _d14, _d15, _d16, _d17, _d18, _d19):\n def new_ClaimResult(id, source, quantity, variable, says, quote, interval, integer, verdict, against, against_interval, position, count=_d12, as_of=_d13, note=_d14, location=_d15, repeats=_d16, revises=_d17, revised_by=_d18, interval_source=_d19):\n     self = _new(_draft)\n     self.id = id\n     self.source = source\n     self.quantity = quantity\n     self.variable = variable\n     self.says = says\n     self.quote = quote\n     self.interval = interval\n     self.integer = integer\n     self.verdict = verdict\n     self.against = against\n     self.against_interval = against_interval\n     self.position = position\n     self.count = count\n     self.as_of = as_of\n     self.note = note\n     self.location = location\n     self.repeats = repeats\n     self.revises = revises\n     self.revised_by = revised_by\n     self.interval_source = interval_source\n     self.__class__ = _cls\n     return self\n return new_ClaimResult,\n'] = __create_fn__


def __create_fn__(_set, _new, _draft, _cls, _d2, _d3):
 def __init__(self, lo, hi, lo_open=_d2, hi_open=_d3):
     _set(self, '__class__', _draft)
     self.lo = lo
     self.hi = hi
     self.lo_open = lo_open
     self.hi_open = hi_open
     self.__class__ = _cls
 return __init__,
MADE["def __create_fn__(_set, _new, _draft, _cls, _d2, _d3):\n def __init__(self, lo, hi, lo_open=_d2, hi_open=_d3):\n     _set(self, '__class__', _draft)\n     self.lo = lo\n     self.hi = hi\n     self.lo_open = lo_open\n     self.hi_open = hi_open\n     self.__class__ = _cls\n return __init__,\n"] = __create_fn__


def __create_fn__(_set, _new, _draft, _cls, _d3):
 def __init__(self, id, kind, members, scale=_d3):
     _set(self, '__class__', _draft)
     self.id = id
     self.kind = kind
     self.members = members
     self.scale = scale
     self.__class__ = _cls
 return __init__,
MADE["def __create_fn__(_set, _new, _draft, _cls, _d3):\n def __init__(self, id, kind, members, scale=_d3):\n     _set(self, '__class__', _draft)\n     self.id = id\n     self.kind = kind\n     self.members = members\n     self.scale = scale\n     self.__class__ = _cls\n return __init__,\n"] = __create_fn__


def __create_fn__(_set, _new, _draft, _cls, _d4):
 def __init__(self, value, num, den, scale, shift=_d4):
     _set(self, '__class__', _draft)
     self.value = value
     self.num = num
     self.den = den
     self.scale = scale
     self.shift = shift
     self.__class__ = _cls
 return __init__,
MADE["def __create_fn__(_set, _new, _draft, _cls, _d4):\n def __init__(self, value, num, den, scale, shift=_d4):\n     _set(self, '__class__', _draft)\n     self.value = value\n     self.num = num\n     self.den = den\n     self.scale = scale\n     self.shift = shift\n     self.__class__ = _cls\n return __init__,\n"] = __create_fn__


def __create_fn__(_set, _new, _draft, _cls, _d4):
 def __init__(self, verdict, against, against_interval, basis, repeats=_d4):
     _set(self, '__class__', _draft)
     self.verdict = verdict
     self.against = against
     self.against_interval = against_interval
     self.basis = basis
     self.repeats = repeats
     self.__class__ = _cls
 return __init__,
MADE["def __create_fn__(_set, _new, _draft, _cls, _d4):\n def __init__(self, verdict, against, against_interval, basis, repeats=_d4):\n     _set(self, '__class__', _draft)\n     self.verdict = verdict\n     self.against = against\n     self.against_interval = against_interval\n     self.basis = basis\n     self.repeats = repeats\n     self.__class__ = _cls\n return __init__,\n"] = __create_fn__


def __create_fn__(_set, _new, _draft, _cls, _d4):
 def new_Check(verdict, against, against_interval, basis, repeats=_d4):
     self = _new(_draft)
     self.verdict = verdict
     self.against = against
     self.against_interval = against_interval
     self.basis = basis
     self.repeats = repeats
     self.__class__ = _cls
     return self
 return new_Check,
MADE['def __create_fn__(_set, _new, _draft, _cls, _d4):\n def new_Check(verdict, against, against_interval, basis, repeats=_d4):\n     self = _new(_draft)\n     self.verdict = verdict\n     self.against = against\n     self.against_interval = against_interval\n     self.basis = basis\n     self.repeats = repeats\n     self.__class__ = _cls\n     return self\n return new_Check,\n'] = __create_fn__


def __create_fn__(_set, _new, _draft, _cls, _d4, _d5, _d6, _d7, _d8, _d9, _d10, _d11):
 def __init__(self, code, rule, severity, message, claims=_d4, evidence=_d5, repeated_by=_d6, quantities=_d7, relations=_d8, location=_d9, subject=_d10, accepted=_d11):
     _set(self, '__class__', _draft)
     self.code = code
     self.rule = rule
     self.severity = severity
     self.message = message
     self.claims = claims
     self.evidence = evidence
     self.repeated_by = repeated_by
     self.quantities = quantities
     self.relations = relations
     self.location = location
     self.subject = subject
     self.accepted = accepted
     self.__class__ = _cls
     self.__post_init__()
 return __init__,
MADE["def __create_fn__(_set, _new, _draft, _cls, _d4, _d5, _d6, _d7, _d8, _d9, _d10, _d11):\n def __init__(self, code, rule, severity, message, claims=_d4, evidence=_d5, repeated_by=_d6, quantities=_d7, relations=_d8, location=_d9, subject=_d10, accepted=_d11):\n     _set(self, '__class__', _draft)\n     self.code = code\n     self.rule = rule\n     self.severity = severity\n     self.message = message\n     self.claims = claims\n     self.evidence = evidence\n     self.repeated_by = repeated_by\n     self.quantities = quantities\n     self.relations = relations\n     self.location = location\n     self.subject = subject\n     self.accepted = accepted\n     self.__class__ = _cls\n     self.__post_init__()\n return __init__,\n"] = __create_fn__


def __create_fn__(_set, _new, _draft, _cls, _d4, _d5, _d6, _d7, _d8, _d9, _d10, _d11):
 def new_Finding_derived(code, rule, severity, message, claims=_d4, evidence=_d5, repeated_by=_d6, quantities=_d7, relations=_d8, location=_d9, subject=_d10, accepted=_d11, *, fingerprint):
     self = _new(_draft)
     self.code = code
     self.rule = rule
     self.severity = severity
     self.message = message
     self.claims = claims
     self.evidence = evidence
     self.repeated_by = repeated_by
     self.quantities = quantities
     self.relations = relations
     self.location = location
     self.subject = subject
     self.accepted = accepted
     self.fingerprint = fingerprint
     self.__class__ = _cls
     return self
 return new_Finding_derived,
MADE['def __create_fn__(_set, _new, _draft, _cls, _d4, _d5, _d6, _d7, _d8, _d9, _d10, _d11):\n def new_Finding_derived(code, rule, severity, message, claims=_d4, evidence=_d5, repeated_by=_d6, quantities=_d7, relations=_d8, location=_d9, subject=_d10, accepted=_d11, *, fingerprint):\n     self = _new(_draft)\n     self.code = code\n     self.rule = rule\n     self.severity = severity\n     self.message = message\n     self.claims = claims\n     self.evidence = evidence\n     self.repeated_by = repeated_by\n     self.quantities = quantities\n     self.relations = relations\n     self.location = location\n     self.subject = subject\n     self.accepted = accepted\n     self.fingerprint = fingerprint\n     self.__class__ = _cls\n     return self\n return new_Finding_derived,\n'] = __create_fn__


def __create_fn__(_set, _new, _draft, _cls, _d5):
 def __init__(self, rel, value, num, den, scale, shift=_d5):
     _set(self, '__class__', _draft)
     self.rel = rel
     self.value = value
     self.num = num
     self.den = den
     self.scale = scale
     self.shift = shift
     self.__class__ = _cls
 return __init__,
MADE["def __create_fn__(_set, _new, _draft, _cls, _d5):\n def __init__(self, rel, value, num, den, scale, shift=_d5):\n     _set(self, '__class__', _draft)\n     self.rel = rel\n     self.value = value\n     self.num = num\n     self.den = den\n     self.scale = scale\n     self.shift = shift\n     self.__class__ = _cls\n return __init__,\n"] = __create_fn__


def __create_fn__(_set, _new, _draft, _cls, _d6):
 def __init__(self, id, source, kind, variable, interval, cites, history=_d6):
     _set(self, '__class__', _draft)
     self.id = id
     self.source = source
     self.kind = kind
     self.variable = variable
     self.interval = interval
     self.cites = cites
     self.history = history
     self.__class__ = _cls
 return __init__,
MADE["def __create_fn__(_set, _new, _draft, _cls, _d6):\n def __init__(self, id, source, kind, variable, interval, cites, history=_d6):\n     _set(self, '__class__', _draft)\n     self.id = id\n     self.source = source\n     self.kind = kind\n     self.variable = variable\n     self.interval = interval\n     self.cites = cites\n     self.history = history\n     self.__class__ = _cls\n return __init__,\n"] = __create_fn__


def __create_fn__(_set, _new, _draft, _cls, _d6):
 def new_Entry(id, source, kind, variable, interval, cites, history=_d6):
     self = _new(_draft)
     self.id = id
     self.source = source
     self.kind = kind
     self.variable = variable
     self.interval = interval
     self.cites = cites
     self.history = history
     self.__class__ = _cls
     return self
 return new_Entry,
MADE['def __create_fn__(_set, _new, _draft, _cls, _d6):\n def new_Entry(id, source, kind, variable, interval, cites, history=_d6):\n     self = _new(_draft)\n     self.id = id\n     self.source = source\n     self.kind = kind\n     self.variable = variable\n     self.interval = interval\n     self.cites = cites\n     self.history = history\n     self.__class__ = _cls\n     return self\n return new_Entry,\n'] = __create_fn__


def __create_fn__(_set, _new, _draft, _cls, _d8):
 def __init__(self, id, quantity, label, unit, integer, as_of, claims, implied, solved=_d8):
     _set(self, '__class__', _draft)
     self.id = id
     self.quantity = quantity
     self.label = label
     self.unit = unit
     self.integer = integer
     self.as_of = as_of
     self.claims = claims
     self.implied = implied
     self.solved = solved
     self.__class__ = _cls
 return __init__,
MADE["def __create_fn__(_set, _new, _draft, _cls, _d8):\n def __init__(self, id, quantity, label, unit, integer, as_of, claims, implied, solved=_d8):\n     _set(self, '__class__', _draft)\n     self.id = id\n     self.quantity = quantity\n     self.label = label\n     self.unit = unit\n     self.integer = integer\n     self.as_of = as_of\n     self.claims = claims\n     self.implied = implied\n     self.solved = solved\n     self.__class__ = _cls\n return __init__,\n"] = __create_fn__


def __create_fn__(_set, _new, _draft, _cls, _d8):
 def new_QuantityResult(id, quantity, label, unit, integer, as_of, claims, implied, solved=_d8):
     self = _new(_draft)
     self.id = id
     self.quantity = quantity
     self.label = label
     self.unit = unit
     self.integer = integer
     self.as_of = as_of
     self.claims = claims
     self.implied = implied
     self.solved = solved
     self.__class__ = _cls
     return self
 return new_QuantityResult,
MADE['def __create_fn__(_set, _new, _draft, _cls, _d8):\n def new_QuantityResult(id, quantity, label, unit, integer, as_of, claims, implied, solved=_d8):\n     self = _new(_draft)\n     self.id = id\n     self.quantity = quantity\n     self.label = label\n     self.unit = unit\n     self.integer = integer\n     self.as_of = as_of\n     self.claims = claims\n     self.implied = implied\n     self.solved = solved\n     self.__class__ = _cls\n     return self\n return new_QuantityResult,\n'] = __create_fn__


def __create_fn__(_set, _new, _draft, _cls, _d9, _d10):
 def __init__(self, id, source, kind, quantity, label, unit, says, count, interval):
     _set(self, '__class__', _draft)
     self.id = id
     self.source = source
     self.kind = kind
     self.quantity = quantity
     self.label = label
     self.unit = unit
     self.says = says
     self.count = count
     self.interval = interval
     self.described = _d9
     self.shown = _d10
     self.__class__ = _cls
 return __init__,
MADE["def __create_fn__(_set, _new, _draft, _cls, _d9, _d10):\n def __init__(self, id, source, kind, quantity, label, unit, says, count, interval):\n     _set(self, '__class__', _draft)\n     self.id = id\n     self.source = source\n     self.kind = kind\n     self.quantity = quantity\n     self.label = label\n     self.unit = unit\n     self.says = says\n     self.count = count\n     self.interval = interval\n     self.described = _d9\n     self.shown = _d10\n     self.__class__ = _cls\n return __init__,\n"] = __create_fn__


def __create_fn__(_set, _new, _draft, _cls, _d9, _d10):
 def new_ClaimView(id, source, kind, quantity, label, unit, says, count, interval):
     self = _new(_draft)
     self.id = id
     self.source = source
     self.kind = kind
     self.quantity = quantity
     self.label = label
     self.unit = unit
     self.says = says
     self.count = count
     self.interval = interval
     self.described = _d9
     self.shown = _d10
     self.__class__ = _cls
     return self
 return new_ClaimView,
MADE['def __create_fn__(_set, _new, _draft, _cls, _d9, _d10):\n def new_ClaimView(id, source, kind, quantity, label, unit, says, count, interval):\n     self = _new(_draft)\n     self.id = id\n     self.source = source\n     self.kind = kind\n     self.quantity = quantity\n     self.label = label\n     self.unit = unit\n     self.says = says\n     self.count = count\n     self.interval = interval\n     self.described = _d9\n     self.shown = _d10\n     self.__class__ = _cls\n     return self\n return new_ClaimView,\n'] = __create_fn__


def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,code,name,severity,summary):
  __dataclass_builtins_object__.__setattr__(self,'code',code)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'summary',summary)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(code={self.code!r}, name={self.name!r}, severity={self.severity!r}, summary={self.summary!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.code,self.name,self.severity,self.summary,)==(other.code,other.name,other.severity,other.summary,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('code','name','severity','summary',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('code','name','severity','summary',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.code,self.name,self.severity,self.summary,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,code,name,severity,summary):\n  __dataclass_builtins_object__.__setattr__(self,\'code\',code)\n  __dataclass_builtins_object__.__setattr__(self,\'name\',name)\n  __dataclass_builtins_object__.__setattr__(self,\'severity\',severity)\n  __dataclass_builtins_object__.__setattr__(self,\'summary\',summary)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(code={self.code!r}, name={self.name!r}, severity={self.severity!r}, summary={self.summary!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.code,self.name,self.severity,self.summary,)==(other.code,other.name,other.severity,other.summary,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'code\',\'name\',\'severity\',\'summary\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'code\',\'name\',\'severity\',\'summary\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.code,self.name,self.severity,self.summary,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,file,line):
  __dataclass_builtins_object__.__setattr__(self,'file',file)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(file={self.file!r}, line={self.line!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.file,self.line,)==(other.file,other.line,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('file','line',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('file','line',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.file,self.line,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,file,line):\n  __dataclass_builtins_object__.__setattr__(self,\'file\',file)\n  __dataclass_builtins_object__.__setattr__(self,\'line\',line)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(file={self.file!r}, line={self.line!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.file,self.line,)==(other.file,other.line,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'file\',\'line\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'file\',\'line\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.file,self.line,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,findings,positions,sections):
  __dataclass_builtins_object__.__setattr__(self,'findings',findings)
  __dataclass_builtins_object__.__setattr__(self,'positions',positions)
  __dataclass_builtins_object__.__setattr__(self,'sections',sections)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(findings={self.findings!r}, positions={self.positions!r}, sections={self.sections!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.findings,self.positions,self.sections,)==(other.findings,other.positions,other.sections,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('findings','positions','sections',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('findings','positions','sections',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.findings,self.positions,self.sections,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,findings,positions,sections):\n  __dataclass_builtins_object__.__setattr__(self,\'findings\',findings)\n  __dataclass_builtins_object__.__setattr__(self,\'positions\',positions)\n  __dataclass_builtins_object__.__setattr__(self,\'sections\',sections)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(findings={self.findings!r}, positions={self.positions!r}, sections={self.sections!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.findings,self.positions,self.sections,)==(other.findings,other.positions,other.sections,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'findings\',\'positions\',\'sections\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'findings\',\'positions\',\'sections\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.findings,self.positions,self.sections,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,guard,atom):
  __dataclass_builtins_object__.__setattr__(self,'guard',guard)
  __dataclass_builtins_object__.__setattr__(self,'atom',atom)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(guard={self.guard!r}, atom={self.atom!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.guard,self.atom,)==(other.guard,other.atom,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('guard','atom',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('guard','atom',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.guard,self.atom,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,guard,atom):\n  __dataclass_builtins_object__.__setattr__(self,\'guard\',guard)\n  __dataclass_builtins_object__.__setattr__(self,\'atom\',atom)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(guard={self.guard!r}, atom={self.atom!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.guard,self.atom,)==(other.guard,other.atom,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'guard\',\'atom\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'guard\',\'atom\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.guard,self.atom,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,id,label,unit,percent,integer,label_words,quote_words,figures):
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'unit',unit)
  __dataclass_builtins_object__.__setattr__(self,'percent',percent)
  __dataclass_builtins_object__.__setattr__(self,'integer',integer)
  __dataclass_builtins_object__.__setattr__(self,'label_words',label_words)
  __dataclass_builtins_object__.__setattr__(self,'quote_words',quote_words)
  __dataclass_builtins_object__.__setattr__(self,'figures',figures)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, label={self.label!r}, unit={self.unit!r}, percent={self.percent!r}, integer={self.integer!r}, label_words={self.label_words!r}, quote_words={self.quote_words!r}, figures={self.figures!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.label,self.unit,self.percent,self.integer,self.label_words,self.quote_words,self.figures,)==(other.id,other.label,other.unit,other.percent,other.integer,other.label_words,other.quote_words,other.figures,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','label','unit','percent','integer','label_words','quote_words','figures',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','label','unit','percent','integer','label_words','quote_words','figures',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.id,self.label,self.unit,self.percent,self.integer,self.label_words,self.quote_words,self.figures,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,id,label,unit,percent,integer,label_words,quote_words,figures):\n  __dataclass_builtins_object__.__setattr__(self,\'id\',id)\n  __dataclass_builtins_object__.__setattr__(self,\'label\',label)\n  __dataclass_builtins_object__.__setattr__(self,\'unit\',unit)\n  __dataclass_builtins_object__.__setattr__(self,\'percent\',percent)\n  __dataclass_builtins_object__.__setattr__(self,\'integer\',integer)\n  __dataclass_builtins_object__.__setattr__(self,\'label_words\',label_words)\n  __dataclass_builtins_object__.__setattr__(self,\'quote_words\',quote_words)\n  __dataclass_builtins_object__.__setattr__(self,\'figures\',figures)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, label={self.label!r}, unit={self.unit!r}, percent={self.percent!r}, integer={self.integer!r}, label_words={self.label_words!r}, quote_words={self.quote_words!r}, figures={self.figures!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.label,self.unit,self.percent,self.integer,self.label_words,self.quote_words,self.figures,)==(other.id,other.label,other.unit,other.percent,other.integer,other.label_words,other.quote_words,other.figures,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'label\',\'unit\',\'percent\',\'integer\',\'label_words\',\'quote_words\',\'figures\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'label\',\'unit\',\'percent\',\'integer\',\'label_words\',\'quote_words\',\'figures\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.id,self.label,self.unit,self.percent,self.integer,self.label_words,self.quote_words,self.figures,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,ints,reals,softs,rels,clauses,ratios):
  __dataclass_builtins_object__.__setattr__(self,'ints',ints)
  __dataclass_builtins_object__.__setattr__(self,'reals',reals)
  __dataclass_builtins_object__.__setattr__(self,'softs',softs)
  __dataclass_builtins_object__.__setattr__(self,'rels',rels)
  __dataclass_builtins_object__.__setattr__(self,'clauses',clauses)
  __dataclass_builtins_object__.__setattr__(self,'ratios',ratios)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(ints={self.ints!r}, reals={self.reals!r}, softs={self.softs!r}, rels={self.rels!r}, clauses={self.clauses!r}, ratios={self.ratios!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.ints,self.reals,self.softs,self.rels,self.clauses,self.ratios,)==(other.ints,other.reals,other.softs,other.rels,other.clauses,other.ratios,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('ints','reals','softs','rels','clauses','ratios',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('ints','reals','softs','rels','clauses','ratios',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.ints,self.reals,self.softs,self.rels,self.clauses,self.ratios,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,ints,reals,softs,rels,clauses,ratios):\n  __dataclass_builtins_object__.__setattr__(self,\'ints\',ints)\n  __dataclass_builtins_object__.__setattr__(self,\'reals\',reals)\n  __dataclass_builtins_object__.__setattr__(self,\'softs\',softs)\n  __dataclass_builtins_object__.__setattr__(self,\'rels\',rels)\n  __dataclass_builtins_object__.__setattr__(self,\'clauses\',clauses)\n  __dataclass_builtins_object__.__setattr__(self,\'ratios\',ratios)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(ints={self.ints!r}, reals={self.reals!r}, softs={self.softs!r}, rels={self.rels!r}, clauses={self.clauses!r}, ratios={self.ratios!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.ints,self.reals,self.softs,self.rels,self.clauses,self.ratios,)==(other.ints,other.reals,other.softs,other.rels,other.clauses,other.ratios,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'ints\',\'reals\',\'softs\',\'rels\',\'clauses\',\'ratios\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'ints\',\'reals\',\'softs\',\'rels\',\'clauses\',\'ratios\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.ints,self.reals,self.softs,self.rels,self.clauses,self.ratios,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,mention,sentence,line):
  __dataclass_builtins_object__.__setattr__(self,'mention',mention)
  __dataclass_builtins_object__.__setattr__(self,'sentence',sentence)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(mention={self.mention!r}, sentence={self.sentence!r}, line={self.line!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.mention,self.sentence,self.line,)==(other.mention,other.sentence,other.line,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('mention','sentence','line',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('mention','sentence','line',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.mention,self.sentence,self.line,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,mention,sentence,line):\n  __dataclass_builtins_object__.__setattr__(self,\'mention\',mention)\n  __dataclass_builtins_object__.__setattr__(self,\'sentence\',sentence)\n  __dataclass_builtins_object__.__setattr__(self,\'line\',line)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(mention={self.mention!r}, sentence={self.sentence!r}, line={self.line!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.mention,self.sentence,self.line,)==(other.mention,other.sentence,other.line,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'mention\',\'sentence\',\'line\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'mention\',\'sentence\',\'line\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.mention,self.sentence,self.line,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,name,noun,plural,description,test):
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'noun',noun)
  __dataclass_builtins_object__.__setattr__(self,'plural',plural)
  __dataclass_builtins_object__.__setattr__(self,'description',description)
  __dataclass_builtins_object__.__setattr__(self,'test',test)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, noun={self.noun!r}, plural={self.plural!r}, description={self.description!r}, test={self.test!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.noun,self.plural,self.description,self.test,)==(other.name,other.noun,other.plural,other.description,other.test,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','noun','plural','description','test',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','noun','plural','description','test',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.name,self.noun,self.plural,self.description,self.test,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,name,noun,plural,description,test):\n  __dataclass_builtins_object__.__setattr__(self,\'name\',name)\n  __dataclass_builtins_object__.__setattr__(self,\'noun\',noun)\n  __dataclass_builtins_object__.__setattr__(self,\'plural\',plural)\n  __dataclass_builtins_object__.__setattr__(self,\'description\',description)\n  __dataclass_builtins_object__.__setattr__(self,\'test\',test)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, noun={self.noun!r}, plural={self.plural!r}, description={self.description!r}, test={self.test!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.noun,self.plural,self.description,self.test,)==(other.name,other.noun,other.plural,other.description,other.test,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'noun\',\'plural\',\'description\',\'test\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'noun\',\'plural\',\'description\',\'test\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.name,self.noun,self.plural,self.description,self.test,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,name,quantity_units,real,share_scale,doc):
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'quantity_units',quantity_units)
  __dataclass_builtins_object__.__setattr__(self,'real',real)
  __dataclass_builtins_object__.__setattr__(self,'share_scale',share_scale)
  __dataclass_builtins_object__.__setattr__(self,'doc',doc)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, quantity_units={self.quantity_units!r}, real={self.real!r}, share_scale={self.share_scale!r}, doc={self.doc!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.quantity_units,self.real,self.share_scale,self.doc,)==(other.name,other.quantity_units,other.real,other.share_scale,other.doc,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','quantity_units','real','share_scale','doc',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','quantity_units','real','share_scale','doc',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.name,self.quantity_units,self.real,self.share_scale,self.doc,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,name,quantity_units,real,share_scale,doc):\n  __dataclass_builtins_object__.__setattr__(self,\'name\',name)\n  __dataclass_builtins_object__.__setattr__(self,\'quantity_units\',quantity_units)\n  __dataclass_builtins_object__.__setattr__(self,\'real\',real)\n  __dataclass_builtins_object__.__setattr__(self,\'share_scale\',share_scale)\n  __dataclass_builtins_object__.__setattr__(self,\'doc\',doc)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, quantity_units={self.quantity_units!r}, real={self.real!r}, share_scale={self.share_scale!r}, doc={self.doc!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.quantity_units,self.real,self.share_scale,self.doc,)==(other.name,other.quantity_units,other.real,other.share_scale,other.doc,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'quantity_units\',\'real\',\'share_scale\',\'doc\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'quantity_units\',\'real\',\'share_scale\',\'doc\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.name,self.quantity_units,self.real,self.share_scale,self.doc,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,name,title,filename,default,what):
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'filename',filename)
  __dataclass_builtins_object__.__setattr__(self,'default',default)
  __dataclass_builtins_object__.__setattr__(self,'what',what)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(name={self.name!r}, title={self.title!r}, filename={self.filename!r}, default={self.default!r}, what={self.what!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.name,self.title,self.filename,self.default,self.what,)==(other.name,other.title,other.filename,other.default,other.what,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('name','title','filename','default','what',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('name','title','filename','default','what',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.name,self.title,self.filename,self.default,self.what,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,name,title,filename,default,what):\n  __dataclass_builtins_object__.__setattr__(self,\'name\',name)\n  __dataclass_builtins_object__.__setattr__(self,\'title\',title)\n  __dataclass_builtins_object__.__setattr__(self,\'filename\',filename)\n  __dataclass_builtins_object__.__setattr__(self,\'default\',default)\n  __dataclass_builtins_object__.__setattr__(self,\'what\',what)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(name={self.name!r}, title={self.title!r}, filename={self.filename!r}, default={self.default!r}, what={self.what!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.name,self.title,self.filename,self.default,self.what,)==(other.name,other.title,other.filename,other.default,other.what,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'name\',\'title\',\'filename\',\'default\',\'what\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'name\',\'title\',\'filename\',\'default\',\'what\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.name,self.title,self.filename,self.default,self.what,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,new,fixed,unchanged):
  __dataclass_builtins_object__.__setattr__(self,'new',new)
  __dataclass_builtins_object__.__setattr__(self,'fixed',fixed)
  __dataclass_builtins_object__.__setattr__(self,'unchanged',unchanged)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(new={self.new!r}, fixed={self.fixed!r}, unchanged={self.unchanged!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.new,self.fixed,self.unchanged,)==(other.new,other.fixed,other.unchanged,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('new','fixed','unchanged',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('new','fixed','unchanged',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.new,self.fixed,self.unchanged,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,new,fixed,unchanged):\n  __dataclass_builtins_object__.__setattr__(self,\'new\',new)\n  __dataclass_builtins_object__.__setattr__(self,\'fixed\',fixed)\n  __dataclass_builtins_object__.__setattr__(self,\'unchanged\',unchanged)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(new={self.new!r}, fixed={self.fixed!r}, unchanged={self.unchanged!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.new,self.fixed,self.unchanged,)==(other.new,other.fixed,other.unchanged,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'new\',\'fixed\',\'unchanged\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'new\',\'fixed\',\'unchanged\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.new,self.fixed,self.unchanged,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,path,entries):
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'entries',entries)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, entries={self.entries!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.entries,)==(other.path,other.entries,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','entries',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','entries',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.path,self.entries,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,path,entries):\n  __dataclass_builtins_object__.__setattr__(self,\'path\',path)\n  __dataclass_builtins_object__.__setattr__(self,\'entries\',entries)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, entries={self.entries!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.entries,)==(other.path,other.entries,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'path\',\'entries\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'path\',\'entries\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.path,self.entries,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,path,sha256,text):
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, sha256={self.sha256!r}, text={self.text!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.sha256,self.text,)==(other.path,other.sha256,other.text,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','sha256','text',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','sha256','text',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.path,self.sha256,self.text,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,path,sha256,text):\n  __dataclass_builtins_object__.__setattr__(self,\'path\',path)\n  __dataclass_builtins_object__.__setattr__(self,\'sha256\',sha256)\n  __dataclass_builtins_object__.__setattr__(self,\'text\',text)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, sha256={self.sha256!r}, text={self.text!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.sha256,self.text,)==(other.path,other.sha256,other.text,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'path\',\'sha256\',\'text\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'path\',\'sha256\',\'text\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.path,self.sha256,self.text,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,quantity,candidates,preview):
  __dataclass_builtins_object__.__setattr__(self,'quantity',quantity)
  __dataclass_builtins_object__.__setattr__(self,'candidates',candidates)
  __dataclass_builtins_object__.__setattr__(self,'preview',preview)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(quantity={self.quantity!r}, candidates={self.candidates!r}, preview={self.preview!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.quantity,self.candidates,self.preview,)==(other.quantity,other.candidates,other.preview,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('quantity','candidates','preview',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('quantity','candidates','preview',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.quantity,self.candidates,self.preview,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,quantity,candidates,preview):\n  __dataclass_builtins_object__.__setattr__(self,\'quantity\',quantity)\n  __dataclass_builtins_object__.__setattr__(self,\'candidates\',candidates)\n  __dataclass_builtins_object__.__setattr__(self,\'preview\',preview)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(quantity={self.quantity!r}, candidates={self.candidates!r}, preview={self.preview!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.quantity,self.candidates,self.preview,)==(other.quantity,other.candidates,other.preview,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'quantity\',\'candidates\',\'preview\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'quantity\',\'candidates\',\'preview\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.quantity,self.candidates,self.preview,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,quantity,score,figures,words,unit):
  __dataclass_builtins_object__.__setattr__(self,'quantity',quantity)
  __dataclass_builtins_object__.__setattr__(self,'score',score)
  __dataclass_builtins_object__.__setattr__(self,'figures',figures)
  __dataclass_builtins_object__.__setattr__(self,'words',words)
  __dataclass_builtins_object__.__setattr__(self,'unit',unit)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(quantity={self.quantity!r}, score={self.score!r}, figures={self.figures!r}, words={self.words!r}, unit={self.unit!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.quantity,self.score,self.figures,self.words,self.unit,)==(other.quantity,other.score,other.figures,other.words,other.unit,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('quantity','score','figures','words','unit',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('quantity','score','figures','words','unit',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.quantity,self.score,self.figures,self.words,self.unit,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,quantity,score,figures,words,unit):\n  __dataclass_builtins_object__.__setattr__(self,\'quantity\',quantity)\n  __dataclass_builtins_object__.__setattr__(self,\'score\',score)\n  __dataclass_builtins_object__.__setattr__(self,\'figures\',figures)\n  __dataclass_builtins_object__.__setattr__(self,\'words\',words)\n  __dataclass_builtins_object__.__setattr__(self,\'unit\',unit)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(quantity={self.quantity!r}, score={self.score!r}, figures={self.figures!r}, words={self.words!r}, unit={self.unit!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.quantity,self.score,self.figures,self.words,self.unit,)==(other.quantity,other.score,other.figures,other.words,other.unit,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'quantity\',\'score\',\'figures\',\'words\',\'unit\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'quantity\',\'score\',\'figures\',\'words\',\'unit\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.quantity,self.score,self.figures,self.words,self.unit,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,root,keys,items):
  __dataclass_builtins_object__.__setattr__(self,'root',root)
  __dataclass_builtins_object__.__setattr__(self,'keys',keys)
  __dataclass_builtins_object__.__setattr__(self,'items',items)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(root={self.root!r}, keys={self.keys!r}, items={self.items!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.root,self.keys,self.items,)==(other.root,other.keys,other.items,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('root','keys','items',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('root','keys','items',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.root,self.keys,self.items,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,root,keys,items):\n  __dataclass_builtins_object__.__setattr__(self,\'root\',root)\n  __dataclass_builtins_object__.__setattr__(self,\'keys\',keys)\n  __dataclass_builtins_object__.__setattr__(self,\'items\',items)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(root={self.root!r}, keys={self.keys!r}, items={self.items!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.root,self.keys,self.items,)==(other.root,other.keys,other.items,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'root\',\'keys\',\'items\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'root\',\'keys\',\'items\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.root,self.keys,self.items,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,says,kind,pattern,section):
  __dataclass_builtins_object__.__setattr__(self,'says',says)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'pattern',pattern)
  __dataclass_builtins_object__.__setattr__(self,'section',section)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(says={self.says!r}, kind={self.kind!r}, pattern={self.pattern!r}, section={self.section!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.says,self.kind,self.pattern,self.section,)==(other.says,other.kind,other.pattern,other.section,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('says','kind','pattern','section',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('says','kind','pattern','section',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.says,self.kind,self.pattern,self.section,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,says,kind,pattern,section):\n  __dataclass_builtins_object__.__setattr__(self,\'says\',says)\n  __dataclass_builtins_object__.__setattr__(self,\'kind\',kind)\n  __dataclass_builtins_object__.__setattr__(self,\'pattern\',pattern)\n  __dataclass_builtins_object__.__setattr__(self,\'section\',section)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(says={self.says!r}, kind={self.kind!r}, pattern={self.pattern!r}, section={self.section!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.says,self.kind,self.pattern,self.section,)==(other.says,other.kind,other.pattern,other.section,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'says\',\'kind\',\'pattern\',\'section\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'says\',\'kind\',\'pattern\',\'section\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.says,self.kind,self.pattern,self.section,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,sha256,text,shown):
  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'shown',shown)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(sha256={self.sha256!r}, text={self.text!r}, shown={self.shown!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.sha256,self.text,self.shown,)==(other.sha256,other.text,other.shown,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('sha256','text','shown',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('sha256','text','shown',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.sha256,self.text,self.shown,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,sha256,text,shown):\n  __dataclass_builtins_object__.__setattr__(self,\'sha256\',sha256)\n  __dataclass_builtins_object__.__setattr__(self,\'text\',text)\n  __dataclass_builtins_object__.__setattr__(self,\'shown\',shown)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(sha256={self.sha256!r}, text={self.text!r}, shown={self.shown!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.sha256,self.text,self.shown,)==(other.sha256,other.text,other.shown,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'sha256\',\'text\',\'shown\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'sha256\',\'text\',\'shown\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.sha256,self.text,self.shown,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,source,mentions,claimed,ignored):
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'mentions',mentions)
  __dataclass_builtins_object__.__setattr__(self,'claimed',claimed)
  __dataclass_builtins_object__.__setattr__(self,'ignored',ignored)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(source={self.source!r}, mentions={self.mentions!r}, claimed={self.claimed!r}, ignored={self.ignored!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.source,self.mentions,self.claimed,self.ignored,)==(other.source,other.mentions,other.claimed,other.ignored,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('source','mentions','claimed','ignored',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('source','mentions','claimed','ignored',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.source,self.mentions,self.claimed,self.ignored,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,source,mentions,claimed,ignored):\n  __dataclass_builtins_object__.__setattr__(self,\'source\',source)\n  __dataclass_builtins_object__.__setattr__(self,\'mentions\',mentions)\n  __dataclass_builtins_object__.__setattr__(self,\'claimed\',claimed)\n  __dataclass_builtins_object__.__setattr__(self,\'ignored\',ignored)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source={self.source!r}, mentions={self.mentions!r}, claimed={self.claimed!r}, ignored={self.ignored!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source,self.mentions,self.claimed,self.ignored,)==(other.source,other.mentions,other.claimed,other.ignored,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'source\',\'mentions\',\'claimed\',\'ignored\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'source\',\'mentions\',\'claimed\',\'ignored\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.source,self.mentions,self.claimed,self.ignored,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,source,shown,doc,region,says,ignores,location):
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'shown',shown)
  __dataclass_builtins_object__.__setattr__(self,'doc',doc)
  __dataclass_builtins_object__.__setattr__(self,'region',region)
  __dataclass_builtins_object__.__setattr__(self,'says',says)
  __dataclass_builtins_object__.__setattr__(self,'ignores',ignores)
  __dataclass_builtins_object__.__setattr__(self,'location',location)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(source={self.source!r}, shown={self.shown!r}, doc={self.doc!r}, region={self.region!r}, says={self.says!r}, ignores={self.ignores!r}, location={self.location!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.source,self.shown,self.doc,self.region,self.says,self.ignores,self.location,)==(other.source,other.shown,other.doc,other.region,other.says,other.ignores,other.location,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('source','shown','doc','region','says','ignores','location',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('source','shown','doc','region','says','ignores','location',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.source,self.shown,self.doc,self.region,self.says,self.ignores,self.location,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,source,shown,doc,region,says,ignores,location):\n  __dataclass_builtins_object__.__setattr__(self,\'source\',source)\n  __dataclass_builtins_object__.__setattr__(self,\'shown\',shown)\n  __dataclass_builtins_object__.__setattr__(self,\'doc\',doc)\n  __dataclass_builtins_object__.__setattr__(self,\'region\',region)\n  __dataclass_builtins_object__.__setattr__(self,\'says\',says)\n  __dataclass_builtins_object__.__setattr__(self,\'ignores\',ignores)\n  __dataclass_builtins_object__.__setattr__(self,\'location\',location)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(source={self.source!r}, shown={self.shown!r}, doc={self.doc!r}, region={self.region!r}, says={self.says!r}, ignores={self.ignores!r}, location={self.location!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.source,self.shown,self.doc,self.region,self.says,self.ignores,self.location,)==(other.source,other.shown,other.doc,other.region,other.says,other.ignores,other.location,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'source\',\'shown\',\'doc\',\'region\',\'says\',\'ignores\',\'location\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'source\',\'shown\',\'doc\',\'region\',\'says\',\'ignores\',\'location\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.source,self.shown,self.doc,self.region,self.says,self.ignores,self.location,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,start,end,source,kind,cites):
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'cites',cites)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, source={self.source!r}, kind={self.kind!r}, cites={self.cites!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.source,self.kind,self.cites,)==(other.start,other.end,other.source,other.kind,other.cites,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end','source','kind','cites',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end','source','kind','cites',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.start,self.end,self.source,self.kind,self.cites,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,start,end,source,kind,cites):\n  __dataclass_builtins_object__.__setattr__(self,\'start\',start)\n  __dataclass_builtins_object__.__setattr__(self,\'end\',end)\n  __dataclass_builtins_object__.__setattr__(self,\'source\',source)\n  __dataclass_builtins_object__.__setattr__(self,\'kind\',kind)\n  __dataclass_builtins_object__.__setattr__(self,\'cites\',cites)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, source={self.source!r}, kind={self.kind!r}, cites={self.cites!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,self.source,self.kind,self.cites,)==(other.start,other.end,other.source,other.kind,other.cites,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'end\',\'source\',\'kind\',\'cites\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'end\',\'source\',\'kind\',\'cites\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.start,self.end,self.source,self.kind,self.cites,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,start,end,text,kind,stated,core_start,core_end):
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'stated',stated)
  __dataclass_builtins_object__.__setattr__(self,'core_start',core_start)
  __dataclass_builtins_object__.__setattr__(self,'core_end',core_end)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, text={self.text!r}, kind={self.kind!r}, stated={self.stated!r}, core_start={self.core_start!r}, core_end={self.core_end!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.start,self.end,self.text,self.kind,self.stated,self.core_start,self.core_end,)==(other.start,other.end,other.text,other.kind,other.stated,other.core_start,other.core_end,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('start','end','text','kind','stated','core_start','core_end',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('start','end','text','kind','stated','core_start','core_end',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.start,self.end,self.text,self.kind,self.stated,self.core_start,self.core_end,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,start,end,text,kind,stated,core_start,core_end):\n  __dataclass_builtins_object__.__setattr__(self,\'start\',start)\n  __dataclass_builtins_object__.__setattr__(self,\'end\',end)\n  __dataclass_builtins_object__.__setattr__(self,\'text\',text)\n  __dataclass_builtins_object__.__setattr__(self,\'kind\',kind)\n  __dataclass_builtins_object__.__setattr__(self,\'stated\',stated)\n  __dataclass_builtins_object__.__setattr__(self,\'core_start\',core_start)\n  __dataclass_builtins_object__.__setattr__(self,\'core_end\',core_end)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(start={self.start!r}, end={self.end!r}, text={self.text!r}, kind={self.kind!r}, stated={self.stated!r}, core_start={self.core_start!r}, core_end={self.core_end!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.start,self.end,self.text,self.kind,self.stated,self.core_start,self.core_end,)==(other.start,other.end,other.text,other.kind,other.stated,other.core_start,other.core_end,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'start\',\'end\',\'text\',\'kind\',\'stated\',\'core_start\',\'core_end\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'start\',\'end\',\'text\',\'kind\',\'stated\',\'core_start\',\'core_end\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.start,self.end,self.text,self.kind,self.stated,self.core_start,self.core_end,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,suffixes,magic,read):
  __dataclass_builtins_object__.__setattr__(self,'suffixes',suffixes)
  __dataclass_builtins_object__.__setattr__(self,'magic',magic)
  __dataclass_builtins_object__.__setattr__(self,'read',read)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(suffixes={self.suffixes!r}, magic={self.magic!r}, read={self.read!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.suffixes,self.magic,self.read,)==(other.suffixes,other.magic,other.read,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('suffixes','magic','read',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('suffixes','magic','read',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.suffixes,self.magic,self.read,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,suffixes,magic,read):\n  __dataclass_builtins_object__.__setattr__(self,\'suffixes\',suffixes)\n  __dataclass_builtins_object__.__setattr__(self,\'magic\',magic)\n  __dataclass_builtins_object__.__setattr__(self,\'read\',read)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(suffixes={self.suffixes!r}, magic={self.magic!r}, read={self.read!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.suffixes,self.magic,self.read,)==(other.suffixes,other.magic,other.read,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'suffixes\',\'magic\',\'read\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'suffixes\',\'magic\',\'read\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.suffixes,self.magic,self.read,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,suspect,softs,rels):
  __dataclass_builtins_object__.__setattr__(self,'suspect',suspect)
  __dataclass_builtins_object__.__setattr__(self,'softs',softs)
  __dataclass_builtins_object__.__setattr__(self,'rels',rels)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(suspect={self.suspect!r}, softs={self.softs!r}, rels={self.rels!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.suspect,self.softs,self.rels,)==(other.suspect,other.softs,other.rels,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('suspect','softs','rels',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('suspect','softs','rels',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.suspect,self.softs,self.rels,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,suspect,softs,rels):\n  __dataclass_builtins_object__.__setattr__(self,\'suspect\',suspect)\n  __dataclass_builtins_object__.__setattr__(self,\'softs\',softs)\n  __dataclass_builtins_object__.__setattr__(self,\'rels\',rels)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(suspect={self.suspect!r}, softs={self.softs!r}, rels={self.rels!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.suspect,self.softs,self.rels,)==(other.suspect,other.softs,other.rels,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'suspect\',\'softs\',\'rels\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'suspect\',\'softs\',\'rels\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.suspect,self.softs,self.rels,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,terms,op,rhs):
  __dataclass_builtins_object__.__setattr__(self,'terms',terms)
  __dataclass_builtins_object__.__setattr__(self,'op',op)
  __dataclass_builtins_object__.__setattr__(self,'rhs',rhs)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(terms={self.terms!r}, op={self.op!r}, rhs={self.rhs!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.terms,self.op,self.rhs,)==(other.terms,other.op,other.rhs,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('terms','op','rhs',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('terms','op','rhs',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.terms,self.op,self.rhs,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,terms,op,rhs):\n  __dataclass_builtins_object__.__setattr__(self,\'terms\',terms)\n  __dataclass_builtins_object__.__setattr__(self,\'op\',op)\n  __dataclass_builtins_object__.__setattr__(self,\'rhs\',rhs)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(terms={self.terms!r}, op={self.op!r}, rhs={self.rhs!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.terms,self.op,self.rhs,)==(other.terms,other.op,other.rhs,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'terms\',\'op\',\'rhs\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'terms\',\'op\',\'rhs\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.terms,self.op,self.rhs,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,text,source,draft,nonclaim,proposal):
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'draft',draft)
  __dataclass_builtins_object__.__setattr__(self,'nonclaim',nonclaim)
  __dataclass_builtins_object__.__setattr__(self,'proposal',proposal)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, source={self.source!r}, draft={self.draft!r}, nonclaim={self.nonclaim!r}, proposal={self.proposal!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.source,self.draft,self.nonclaim,self.proposal,)==(other.text,other.source,other.draft,other.nonclaim,other.proposal,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','source','draft','nonclaim','proposal',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','source','draft','nonclaim','proposal',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.text,self.source,self.draft,self.nonclaim,self.proposal,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,text,source,draft,nonclaim,proposal):\n  __dataclass_builtins_object__.__setattr__(self,\'text\',text)\n  __dataclass_builtins_object__.__setattr__(self,\'source\',source)\n  __dataclass_builtins_object__.__setattr__(self,\'draft\',draft)\n  __dataclass_builtins_object__.__setattr__(self,\'nonclaim\',nonclaim)\n  __dataclass_builtins_object__.__setattr__(self,\'proposal\',proposal)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, source={self.source!r}, draft={self.draft!r}, nonclaim={self.nonclaim!r}, proposal={self.proposal!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.source,self.draft,self.nonclaim,self.proposal,)==(other.text,other.source,other.draft,other.nonclaim,other.proposal,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'source\',\'draft\',\'nonclaim\',\'proposal\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'source\',\'draft\',\'nonclaim\',\'proposal\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.text,self.source,self.draft,self.nonclaim,self.proposal,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,text,title,publisher,author,url,published,pages,kind,format):
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'title',title)
  __dataclass_builtins_object__.__setattr__(self,'publisher',publisher)
  __dataclass_builtins_object__.__setattr__(self,'author',author)
  __dataclass_builtins_object__.__setattr__(self,'url',url)
  __dataclass_builtins_object__.__setattr__(self,'published',published)
  __dataclass_builtins_object__.__setattr__(self,'pages',pages)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'format',format)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, title={self.title!r}, publisher={self.publisher!r}, author={self.author!r}, url={self.url!r}, published={self.published!r}, pages={self.pages!r}, kind={self.kind!r}, format={self.format!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.title,self.publisher,self.author,self.url,self.published,self.pages,self.kind,self.format,)==(other.text,other.title,other.publisher,other.author,other.url,other.published,other.pages,other.kind,other.format,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','title','publisher','author','url','published','pages','kind','format',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','title','publisher','author','url','published','pages','kind','format',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.text,self.title,self.publisher,self.author,self.url,self.published,self.pages,self.kind,self.format,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,text,title,publisher,author,url,published,pages,kind,format):\n  __dataclass_builtins_object__.__setattr__(self,\'text\',text)\n  __dataclass_builtins_object__.__setattr__(self,\'title\',title)\n  __dataclass_builtins_object__.__setattr__(self,\'publisher\',publisher)\n  __dataclass_builtins_object__.__setattr__(self,\'author\',author)\n  __dataclass_builtins_object__.__setattr__(self,\'url\',url)\n  __dataclass_builtins_object__.__setattr__(self,\'published\',published)\n  __dataclass_builtins_object__.__setattr__(self,\'pages\',pages)\n  __dataclass_builtins_object__.__setattr__(self,\'kind\',kind)\n  __dataclass_builtins_object__.__setattr__(self,\'format\',format)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, title={self.title!r}, publisher={self.publisher!r}, author={self.author!r}, url={self.url!r}, published={self.published!r}, pages={self.pages!r}, kind={self.kind!r}, format={self.format!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.title,self.publisher,self.author,self.url,self.published,self.pages,self.kind,self.format,)==(other.text,other.title,other.publisher,other.author,other.url,other.published,other.pages,other.kind,other.format,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'title\',\'publisher\',\'author\',\'url\',\'published\',\'pages\',\'kind\',\'format\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'title\',\'publisher\',\'author\',\'url\',\'published\',\'pages\',\'kind\',\'format\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.text,self.title,self.publisher,self.author,self.url,self.published,self.pages,self.kind,self.format,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,value,name,meaning):
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'name',name)
  __dataclass_builtins_object__.__setattr__(self,'meaning',meaning)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(value={self.value!r}, name={self.name!r}, meaning={self.meaning!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.value,self.name,self.meaning,)==(other.value,other.name,other.meaning,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('value','name','meaning',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('value','name','meaning',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.value,self.name,self.meaning,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,value,name,meaning):\n  __dataclass_builtins_object__.__setattr__(self,\'value\',value)\n  __dataclass_builtins_object__.__setattr__(self,\'name\',name)\n  __dataclass_builtins_object__.__setattr__(self,\'meaning\',meaning)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(value={self.value!r}, name={self.name!r}, meaning={self.meaning!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.value,self.name,self.meaning,)==(other.value,other.name,other.meaning,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'value\',\'name\',\'meaning\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'value\',\'name\',\'meaning\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.value,self.name,self.meaning,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,variables,softs,rels):
  __dataclass_builtins_object__.__setattr__(self,'variables',variables)
  __dataclass_builtins_object__.__setattr__(self,'softs',softs)
  __dataclass_builtins_object__.__setattr__(self,'rels',rels)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(variables={self.variables!r}, softs={self.softs!r}, rels={self.rels!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.variables,self.softs,self.rels,)==(other.variables,other.softs,other.rels,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('variables','softs','rels',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('variables','softs','rels',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.variables,self.softs,self.rels,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,variables,softs,rels):\n  __dataclass_builtins_object__.__setattr__(self,\'variables\',variables)\n  __dataclass_builtins_object__.__setattr__(self,\'softs\',softs)\n  __dataclass_builtins_object__.__setattr__(self,\'rels\',rels)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(variables={self.variables!r}, softs={self.softs!r}, rels={self.rels!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.variables,self.softs,self.rels,)==(other.variables,other.softs,other.rels,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'variables\',\'softs\',\'rels\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'variables\',\'softs\',\'rels\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.variables,self.softs,self.rels,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__


def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):
 def __init__(self,variables,softs,rels,reason):
  __dataclass_builtins_object__.__setattr__(self,'variables',variables)
  __dataclass_builtins_object__.__setattr__(self,'softs',softs)
  __dataclass_builtins_object__.__setattr__(self,'rels',rels)
  __dataclass_builtins_object__.__setattr__(self,'reason',reason)
 def __repr__(self):
  return self.__class__.__qualname__ + f"(variables={self.variables!r}, softs={self.softs!r}, rels={self.rels!r}, reason={self.reason!r})"
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.variables,self.softs,self.rels,self.reason,)==(other.variables,other.softs,other.rels,other.reason,)
  return NotImplemented
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('variables','softs','rels','reason',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 def __delattr__(self,name):
  if type(self) is cls or name in ('variables','softs','rels','reason',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 def __hash__(self):
  return hash((self.variables,self.softs,self.rels,self.reason,))
 return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,
MADE['def __create_fn__(cls, __dataclass_builtins_object__, FrozenInstanceError, _HAS_DEFAULT_FACTORY):\n def __init__(self,variables,softs,rels,reason):\n  __dataclass_builtins_object__.__setattr__(self,\'variables\',variables)\n  __dataclass_builtins_object__.__setattr__(self,\'softs\',softs)\n  __dataclass_builtins_object__.__setattr__(self,\'rels\',rels)\n  __dataclass_builtins_object__.__setattr__(self,\'reason\',reason)\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(variables={self.variables!r}, softs={self.softs!r}, rels={self.rels!r}, reason={self.reason!r})"\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.variables,self.softs,self.rels,self.reason,)==(other.variables,other.softs,other.rels,other.reason,)\n  return NotImplemented\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'variables\',\'softs\',\'rels\',\'reason\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'variables\',\'softs\',\'rels\',\'reason\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n def __hash__(self):\n  return hash((self.variables,self.softs,self.rels,self.reason,))\n return __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__,\n'] = __create_fn__

"""The core schema of `checker.models.CorpusFile` as pydantic generates it (generated).

Written by ``python -m checker._coreschema`` and used by `checker._coreschema` only
while it matches the installed pydantic and the text of the modules it names.
Never edit this file: change the models and regenerate it.
"""

# ruff: noqa: E501
from decimal import Decimal
from typing import Any

import checker.kinds as _m1
import checker.models as _m0

PYDANTIC_VERSION = '2.14.4'
PYDANTIC_CORE_VERSION = '2.50.5'
SOURCES = {
    'checker.kinds': 'c09e4a3863bd4ce0cb8ab22a70828a668bb0ca494a66b42c04aabc338d0ffc8d',
    'checker.models': '7aef78ad2d23d11128defdc101e37ddde0bd0301a500181fd4a786344ba32b88',
}
"""Module → sha256 of its text, for every module the schema names."""
CONFIG: Any = {
    'extra_fields_behavior': 'forbid',
    'str_strip_whitespace': False,
    'title': 'CorpusFile',
}


def schema() -> Any:
    """Return the core schema (its names are looked up only when current)."""
    return {
        'type': 'definitions',
        'schema': {
            'type': 'model',
            'cls': _m0.CorpusFile,
            'schema': {
                'type': 'model-fields',
                'fields': {
                    'report': {
                        'type': 'model-field',
                        'schema': {
                            'type': 'default',
                            'schema': {
                                'type': 'nullable',
                                'schema': {
                                    'type': 'model',
                                    'cls': _m0.Report,
                                    'schema': {
                                        'type': 'model-fields',
                                        'fields': {
                                            'title': {
                                                'type': 'model-field',
                                                'schema': {
                                                    'type': 'str',
                                                    'min_length': 1,
                                                    'max_length': 300,
                                                },
                                            },
                                            'publisher': {
                                                'type': 'model-field',
                                                'schema': {
                                                    'type': 'default',
                                                    'schema': {
                                                        'type': 'nullable',
                                                        'schema': {
                                                            'type': 'str',
                                                            'min_length': 1,
                                                            'max_length': 300,
                                                        },
                                                    },
                                                    'default': None,
                                                },
                                            },
                                            'summary': {
                                                'type': 'model-field',
                                                'schema': {
                                                    'type': 'default',
                                                    'schema': {
                                                        'type': 'nullable',
                                                        'schema': {
                                                            'type': 'str',
                                                            'min_length': 1,
                                                            'max_length': 5000,
                                                        },
                                                    },
                                                    'default': None,
                                                },
                                            },
                                            'language': {
                                                'type': 'model-field',
                                                'schema': {
                                                    'type': 'default',
                                                    'schema': {
                                                        'type': 'str',
                                                        'pattern': '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$',
                                                    },
                                                    'default': 'en',
                                                },
                                            },
                                            'url': {
                                                'type': 'model-field',
                                                'schema': {
                                                    'type': 'default',
                                                    'schema': {
                                                        'type': 'nullable',
                                                        'schema': {
                                                            'type': 'str',
                                                            'max_length': 2000,
                                                            'pattern': '^https?://[^\\s]+$',
                                                        },
                                                    },
                                                    'default': None,
                                                },
                                            },
                                        },
                                        'model_name': 'Report',
                                        'computed_fields': [],
                                    },
                                    'custom_init': False,
                                    'root_model': False,
                                    'config': {
                                        'extra_fields_behavior': 'forbid',
                                        'str_strip_whitespace': False,
                                        'title': 'Report',
                                    },
                                    'ref': 'checker.models.Report',
                                },
                            },
                            'default': None,
                        },
                    },
                    'sources': {
                        'type': 'model-field',
                        'schema': {
                            'type': 'default',
                            'schema': {
                                'type': 'list',
                                'items_schema': {
                                    'type': 'function-after',
                                    'function': {
                                        'type': 'no-info',
                                        'function': _m0.Source._files,
                                    },
                                    'schema': {
                                        'type': 'dataclass',
                                        'cls': _m0.Source,
                                        'fields': [
                                            'id',
                                            'title',
                                            'publisher',
                                            'author',
                                            'kind',
                                            'url',
                                            'published',
                                            'snapshot',
                                            'table',
                                            'sha256',
                                            'section',
                                            'cites',
                                            'note',
                                        ],
                                        'schema': {
                                            'type': 'dataclass-args',
                                            'dataclass_name': 'Source',
                                            'fields': [
                                                {
                                                    'type': 'dataclass-field',
                                                    'name': 'id',
                                                    'schema': {
                                                        'type': 'str',
                                                        'max_length': 200,
                                                        'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                    },
                                                    'kw_only': False,
                                                },
                                                {
                                                    'type': 'dataclass-field',
                                                    'name': 'title',
                                                    'schema': {
                                                        'type': 'str',
                                                        'min_length': 1,
                                                    },
                                                    'kw_only': False,
                                                },
                                                {
                                                    'type': 'dataclass-field',
                                                    'name': 'publisher',
                                                    'schema': {
                                                        'type': 'default',
                                                        'schema': {
                                                            'type': 'nullable',
                                                            'schema': {
                                                                'type': 'str',
                                                            },
                                                        },
                                                        'default': None,
                                                    },
                                                    'init': True,
                                                },
                                                {
                                                    'type': 'dataclass-field',
                                                    'name': 'author',
                                                    'schema': {
                                                        'type': 'default',
                                                        'schema': {
                                                            'type': 'nullable',
                                                            'schema': {
                                                                'type': 'str',
                                                            },
                                                        },
                                                        'default': None,
                                                    },
                                                    'init': True,
                                                },
                                                {
                                                    'type': 'dataclass-field',
                                                    'name': 'kind',
                                                    'schema': {
                                                        'type': 'literal',
                                                        'expected': [
                                                            'primary',
                                                            'news',
                                                            'dataset',
                                                            'reference',
                                                        ],
                                                    },
                                                    'init': True,
                                                },
                                                {
                                                    'type': 'dataclass-field',
                                                    'name': 'url',
                                                    'schema': {
                                                        'type': 'default',
                                                        'schema': {
                                                            'type': 'nullable',
                                                            'schema': {
                                                                'type': 'str',
                                                            },
                                                        },
                                                        'default': None,
                                                    },
                                                    'init': True,
                                                },
                                                {
                                                    'type': 'dataclass-field',
                                                    'name': 'published',
                                                    'schema': {
                                                        'type': 'default',
                                                        'schema': {
                                                            'type': 'nullable',
                                                            'schema': {
                                                                'type': 'date',
                                                            },
                                                        },
                                                        'default': None,
                                                    },
                                                    'init': True,
                                                },
                                                {
                                                    'type': 'dataclass-field',
                                                    'name': 'snapshot',
                                                    'schema': {
                                                        'type': 'default',
                                                        'schema': {
                                                            'type': 'nullable',
                                                            'schema': {
                                                                'type': 'str',
                                                            },
                                                        },
                                                        'default': None,
                                                    },
                                                    'init': True,
                                                },
                                                {
                                                    'type': 'dataclass-field',
                                                    'name': 'table',
                                                    'schema': {
                                                        'type': 'default',
                                                        'schema': {
                                                            'type': 'nullable',
                                                            'schema': {
                                                                'type': 'str',
                                                            },
                                                        },
                                                        'default': None,
                                                    },
                                                    'init': True,
                                                },
                                                {
                                                    'type': 'dataclass-field',
                                                    'name': 'sha256',
                                                    'schema': {
                                                        'type': 'default',
                                                        'schema': {
                                                            'type': 'nullable',
                                                            'schema': {
                                                                'type': 'str',
                                                                'pattern': '^[0-9a-fA-F]{64}$',
                                                            },
                                                        },
                                                        'default': None,
                                                    },
                                                    'init': True,
                                                },
                                                {
                                                    'type': 'dataclass-field',
                                                    'name': 'section',
                                                    'schema': {
                                                        'type': 'default',
                                                        'schema': {
                                                            'type': 'nullable',
                                                            'schema': {
                                                                'type': 'definition-ref',
                                                                'schema_ref': 'checker.models.Section',
                                                            },
                                                        },
                                                        'default': None,
                                                    },
                                                    'init': True,
                                                },
                                                {
                                                    'type': 'dataclass-field',
                                                    'name': 'cites',
                                                    'schema': {
                                                        'type': 'default',
                                                        'schema': {
                                                            'type': 'tuple',
                                                            'items_schema': [
                                                                {
                                                                    'type': 'str',
                                                                    'max_length': 200,
                                                                    'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                                },
                                                            ],
                                                            'variadic_item_index': 0,
                                                        },
                                                        'default': (),
                                                    },
                                                    'init': True,
                                                },
                                                {
                                                    'type': 'dataclass-field',
                                                    'name': 'note',
                                                    'schema': {
                                                        'type': 'default',
                                                        'schema': {
                                                            'type': 'nullable',
                                                            'schema': {
                                                                'type': 'str',
                                                            },
                                                        },
                                                        'default': None,
                                                    },
                                                    'init': True,
                                                },
                                            ],
                                            'computed_fields': [],
                                            'collect_init_only': False,
                                        },
                                        'post_init': False,
                                        'frozen': False,
                                        'slots': True,
                                        'config': {
                                            'extra_fields_behavior': 'forbid',
                                            'str_strip_whitespace': False,
                                            'title': 'Source',
                                        },
                                    },
                                    'ref': 'checker.models.Source',
                                },
                            },
                            'default': [],
                        },
                    },
                    'quantities': {
                        'type': 'model-field',
                        'schema': {
                            'type': 'default',
                            'schema': {
                                'type': 'list',
                                'items_schema': {
                                    'type': 'dataclass',
                                    'cls': _m0.Quantity,
                                    'fields': [
                                        'id',
                                        'label',
                                        'unit',
                                        'within',
                                        'continuous',
                                        'signed',
                                        'as_of',
                                        'note',
                                    ],
                                    'schema': {
                                        'type': 'dataclass-args',
                                        'dataclass_name': 'Quantity',
                                        'fields': [
                                            {
                                                'type': 'dataclass-field',
                                                'name': 'id',
                                                'schema': {
                                                    'type': 'str',
                                                    'max_length': 200,
                                                    'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                },
                                                'kw_only': False,
                                            },
                                            {
                                                'type': 'dataclass-field',
                                                'name': 'label',
                                                'schema': {
                                                    'type': 'str',
                                                    'min_length': 1,
                                                },
                                                'kw_only': False,
                                            },
                                            {
                                                'type': 'dataclass-field',
                                                'name': 'unit',
                                                'schema': {
                                                    'type': 'default',
                                                    'schema': {
                                                        'type': 'str',
                                                    },
                                                    'default': 'count',
                                                },
                                                'init': True,
                                            },
                                            {
                                                'type': 'dataclass-field',
                                                'name': 'within',
                                                'schema': {
                                                    'type': 'default',
                                                    'schema': {
                                                        'type': 'nullable',
                                                        'schema': {
                                                            'type': 'str',
                                                            'max_length': 200,
                                                            'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                        },
                                                    },
                                                    'default': None,
                                                },
                                                'init': True,
                                            },
                                            {
                                                'type': 'dataclass-field',
                                                'name': 'continuous',
                                                'schema': {
                                                    'type': 'default',
                                                    'schema': {
                                                        'type': 'bool',
                                                    },
                                                    'default': False,
                                                },
                                                'init': True,
                                            },
                                            {
                                                'type': 'dataclass-field',
                                                'name': 'signed',
                                                'schema': {
                                                    'type': 'default',
                                                    'schema': {
                                                        'type': 'bool',
                                                    },
                                                    'default': False,
                                                },
                                                'init': True,
                                            },
                                            {
                                                'type': 'dataclass-field',
                                                'name': 'as_of',
                                                'schema': {
                                                    'type': 'default',
                                                    'schema': {
                                                        'type': 'function-before',
                                                        'function': {
                                                            'type': 'no-info',
                                                            'function': _m0.Quantity._as_of_text,
                                                        },
                                                        'schema': {
                                                            'type': 'nullable',
                                                            'schema': {
                                                                'type': 'str',
                                                            },
                                                        },
                                                    },
                                                    'default': None,
                                                },
                                                'init': True,
                                            },
                                            {
                                                'type': 'dataclass-field',
                                                'name': 'note',
                                                'schema': {
                                                    'type': 'default',
                                                    'schema': {
                                                        'type': 'nullable',
                                                        'schema': {
                                                            'type': 'str',
                                                        },
                                                    },
                                                    'default': None,
                                                },
                                                'init': True,
                                            },
                                        ],
                                        'computed_fields': [],
                                        'collect_init_only': False,
                                    },
                                    'post_init': False,
                                    'frozen': False,
                                    'slots': True,
                                    'config': {
                                        'extra_fields_behavior': 'forbid',
                                        'str_strip_whitespace': False,
                                        'title': 'Quantity',
                                    },
                                    'ref': 'checker.models.Quantity',
                                },
                            },
                            'default': [],
                        },
                    },
                    'relations': {
                        'type': 'model-field',
                        'schema': {
                            'type': 'default',
                            'schema': {
                                'type': 'list',
                                'items_schema': {
                                    'type': 'tagged-union',
                                    'choices': {
                                        'subset': {
                                            'type': 'model',
                                            'cls': _m1.SubsetRelation,
                                            'schema': {
                                                'type': 'model-fields',
                                                'fields': {
                                                    'id': {
                                                        'type': 'model-field',
                                                        'schema': {
                                                            'type': 'default',
                                                            'schema': {
                                                                'type': 'nullable',
                                                                'schema': {
                                                                    'type': 'str',
                                                                    'max_length': 200,
                                                                    'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                                },
                                                            },
                                                            'default': None,
                                                        },
                                                    },
                                                    'why': {
                                                        'type': 'model-field',
                                                        'schema': {
                                                            'type': 'default',
                                                            'schema': {
                                                                'type': 'nullable',
                                                                'schema': {
                                                                    'type': 'str',
                                                                },
                                                            },
                                                            'default': None,
                                                        },
                                                    },
                                                    'kind': {
                                                        'type': 'model-field',
                                                        'schema': {
                                                            'type': 'literal',
                                                            'expected': [
                                                                'subset',
                                                            ],
                                                        },
                                                    },
                                                    'part': {
                                                        'type': 'model-field',
                                                        'schema': {
                                                            'type': 'str',
                                                            'max_length': 200,
                                                            'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                        },
                                                    },
                                                    'whole': {
                                                        'type': 'model-field',
                                                        'schema': {
                                                            'type': 'str',
                                                            'max_length': 200,
                                                            'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                        },
                                                    },
                                                },
                                                'model_name': 'SubsetRelation',
                                                'computed_fields': [],
                                            },
                                            'custom_init': False,
                                            'root_model': False,
                                            'config': {
                                                'extra_fields_behavior': 'forbid',
                                                'str_strip_whitespace': False,
                                                'title': 'SubsetRelation',
                                            },
                                            'ref': 'checker.kinds.SubsetRelation',
                                        },
                                        'union': {
                                            'type': 'model',
                                            'cls': _m1.UnionRelation,
                                            'schema': {
                                                'type': 'model-fields',
                                                'fields': {
                                                    'id': {
                                                        'type': 'model-field',
                                                        'schema': {
                                                            'type': 'default',
                                                            'schema': {
                                                                'type': 'nullable',
                                                                'schema': {
                                                                    'type': 'str',
                                                                    'max_length': 200,
                                                                    'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                                },
                                                            },
                                                            'default': None,
                                                        },
                                                    },
                                                    'why': {
                                                        'type': 'model-field',
                                                        'schema': {
                                                            'type': 'default',
                                                            'schema': {
                                                                'type': 'nullable',
                                                                'schema': {
                                                                    'type': 'str',
                                                                },
                                                            },
                                                            'default': None,
                                                        },
                                                    },
                                                    'kind': {
                                                        'type': 'model-field',
                                                        'schema': {
                                                            'type': 'literal',
                                                            'expected': [
                                                                'union',
                                                            ],
                                                        },
                                                    },
                                                    'whole': {
                                                        'type': 'model-field',
                                                        'schema': {
                                                            'type': 'str',
                                                            'max_length': 200,
                                                            'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                        },
                                                    },
                                                    'parts': {
                                                        'type': 'model-field',
                                                        'schema': {
                                                            'type': 'tuple',
                                                            'items_schema': [
                                                                {
                                                                    'type': 'str',
                                                                    'max_length': 200,
                                                                    'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                                },
                                                            ],
                                                            'variadic_item_index': 0,
                                                            'min_length': 1,
                                                        },
                                                    },
                                                },
                                                'model_name': 'UnionRelation',
                                                'computed_fields': [],
                                            },
                                            'custom_init': False,
                                            'root_model': False,
                                            'config': {
                                                'extra_fields_behavior': 'forbid',
                                                'str_strip_whitespace': False,
                                                'title': 'UnionRelation',
                                            },
                                            'ref': 'checker.kinds.UnionRelation',
                                        },
                                        'sum': {
                                            'type': 'model',
                                            'cls': _m1.SumRelation,
                                            'schema': {
                                                'type': 'model-fields',
                                                'fields': {
                                                    'id': {
                                                        'type': 'model-field',
                                                        'schema': {
                                                            'type': 'default',
                                                            'schema': {
                                                                'type': 'nullable',
                                                                'schema': {
                                                                    'type': 'str',
                                                                    'max_length': 200,
                                                                    'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                                },
                                                            },
                                                            'default': None,
                                                        },
                                                    },
                                                    'why': {
                                                        'type': 'model-field',
                                                        'schema': {
                                                            'type': 'default',
                                                            'schema': {
                                                                'type': 'nullable',
                                                                'schema': {
                                                                    'type': 'str',
                                                                },
                                                            },
                                                            'default': None,
                                                        },
                                                    },
                                                    'kind': {
                                                        'type': 'model-field',
                                                        'schema': {
                                                            'type': 'literal',
                                                            'expected': [
                                                                'sum',
                                                            ],
                                                        },
                                                    },
                                                    'total': {
                                                        'type': 'model-field',
                                                        'schema': {
                                                            'type': 'str',
                                                            'max_length': 200,
                                                            'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                        },
                                                    },
                                                    'parts': {
                                                        'type': 'model-field',
                                                        'schema': {
                                                            'type': 'tuple',
                                                            'items_schema': [
                                                                {
                                                                    'type': 'str',
                                                                    'max_length': 200,
                                                                    'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                                },
                                                            ],
                                                            'variadic_item_index': 0,
                                                            'min_length': 1,
                                                        },
                                                    },
                                                },
                                                'model_name': 'SumRelation',
                                                'computed_fields': [],
                                            },
                                            'custom_init': False,
                                            'root_model': False,
                                            'config': {
                                                'extra_fields_behavior': 'forbid',
                                                'str_strip_whitespace': False,
                                                'title': 'SumRelation',
                                            },
                                            'ref': 'checker.kinds.SumRelation',
                                        },
                                        'ratio': {
                                            'type': 'model',
                                            'cls': _m1.RatioRelation,
                                            'schema': {
                                                'type': 'model-fields',
                                                'fields': {
                                                    'id': {
                                                        'type': 'model-field',
                                                        'schema': {
                                                            'type': 'default',
                                                            'schema': {
                                                                'type': 'nullable',
                                                                'schema': {
                                                                    'type': 'str',
                                                                    'max_length': 200,
                                                                    'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                                },
                                                            },
                                                            'default': None,
                                                        },
                                                    },
                                                    'why': {
                                                        'type': 'model-field',
                                                        'schema': {
                                                            'type': 'default',
                                                            'schema': {
                                                                'type': 'nullable',
                                                                'schema': {
                                                                    'type': 'str',
                                                                },
                                                            },
                                                            'default': None,
                                                        },
                                                    },
                                                    'kind': {
                                                        'type': 'model-field',
                                                        'schema': {
                                                            'type': 'literal',
                                                            'expected': [
                                                                'ratio',
                                                            ],
                                                        },
                                                    },
                                                    'value': {
                                                        'type': 'model-field',
                                                        'schema': {
                                                            'type': 'str',
                                                            'max_length': 200,
                                                            'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                        },
                                                    },
                                                    'numerator': {
                                                        'type': 'model-field',
                                                        'schema': {
                                                            'type': 'str',
                                                            'max_length': 200,
                                                            'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                        },
                                                    },
                                                    'denominator': {
                                                        'type': 'model-field',
                                                        'schema': {
                                                            'type': 'str',
                                                            'max_length': 200,
                                                            'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                        },
                                                    },
                                                    'scale': {
                                                        'type': 'model-field',
                                                        'schema': {
                                                            'type': 'default',
                                                            'schema': {
                                                                'type': 'function-after',
                                                                'function': {
                                                                    'type': 'no-info',
                                                                    'function': _m1.RatioRelation._scale_positive,
                                                                },
                                                                'schema': {
                                                                    'type': 'decimal',
                                                                },
                                                            },
                                                            'default': Decimal('1'),
                                                        },
                                                    },
                                                },
                                                'model_name': 'RatioRelation',
                                                'computed_fields': [],
                                            },
                                            'custom_init': False,
                                            'root_model': False,
                                            'config': {
                                                'extra_fields_behavior': 'forbid',
                                                'str_strip_whitespace': False,
                                                'title': 'RatioRelation',
                                            },
                                            'ref': 'checker.kinds.RatioRelation',
                                        },
                                        'equal': {
                                            'type': 'model',
                                            'cls': _m1.EqualRelation,
                                            'schema': {
                                                'type': 'model-fields',
                                                'fields': {
                                                    'id': {
                                                        'type': 'model-field',
                                                        'schema': {
                                                            'type': 'default',
                                                            'schema': {
                                                                'type': 'nullable',
                                                                'schema': {
                                                                    'type': 'str',
                                                                    'max_length': 200,
                                                                    'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                                },
                                                            },
                                                            'default': None,
                                                        },
                                                    },
                                                    'why': {
                                                        'type': 'model-field',
                                                        'schema': {
                                                            'type': 'default',
                                                            'schema': {
                                                                'type': 'nullable',
                                                                'schema': {
                                                                    'type': 'str',
                                                                },
                                                            },
                                                            'default': None,
                                                        },
                                                    },
                                                    'kind': {
                                                        'type': 'model-field',
                                                        'schema': {
                                                            'type': 'literal',
                                                            'expected': [
                                                                'equal',
                                                            ],
                                                        },
                                                    },
                                                    'quantities': {
                                                        'type': 'model-field',
                                                        'schema': {
                                                            'type': 'tuple',
                                                            'items_schema': [
                                                                {
                                                                    'type': 'str',
                                                                    'max_length': 200,
                                                                    'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                                },
                                                            ],
                                                            'variadic_item_index': 0,
                                                            'min_length': 2,
                                                        },
                                                    },
                                                },
                                                'model_name': 'EqualRelation',
                                                'computed_fields': [],
                                            },
                                            'custom_init': False,
                                            'root_model': False,
                                            'config': {
                                                'extra_fields_behavior': 'forbid',
                                                'str_strip_whitespace': False,
                                                'title': 'EqualRelation',
                                            },
                                            'ref': 'checker.kinds.EqualRelation',
                                        },
                                        'difference': {
                                            'type': 'function-after',
                                            'function': {
                                                'type': 'no-info',
                                                'function': _m1.DifferenceRelation._members,
                                            },
                                            'schema': {
                                                'type': 'model',
                                                'cls': _m1.DifferenceRelation,
                                                'schema': {
                                                    'type': 'model-fields',
                                                    'fields': {
                                                        'id': {
                                                            'type': 'model-field',
                                                            'schema': {
                                                                'type': 'default',
                                                                'schema': {
                                                                    'type': 'nullable',
                                                                    'schema': {
                                                                        'type': 'str',
                                                                        'max_length': 200,
                                                                        'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                                    },
                                                                },
                                                                'default': None,
                                                            },
                                                        },
                                                        'why': {
                                                            'type': 'model-field',
                                                            'schema': {
                                                                'type': 'default',
                                                                'schema': {
                                                                    'type': 'nullable',
                                                                    'schema': {
                                                                        'type': 'str',
                                                                    },
                                                                },
                                                                'default': None,
                                                            },
                                                        },
                                                        'quantity': {
                                                            'type': 'model-field',
                                                            'schema': {
                                                                'type': 'default',
                                                                'schema': {
                                                                    'type': 'nullable',
                                                                    'schema': {
                                                                        'type': 'str',
                                                                        'max_length': 200,
                                                                        'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                                    },
                                                                },
                                                                'default': None,
                                                            },
                                                        },
                                                        'from_': {
                                                            'type': 'model-field',
                                                            'schema': {
                                                                'type': 'default',
                                                                'schema': {
                                                                    'type': 'function-before',
                                                                    'function': {
                                                                        'type': 'no-info',
                                                                        'function': _m1.DifferenceRelation._date_text,
                                                                    },
                                                                    'schema': {
                                                                        'type': 'nullable',
                                                                        'schema': {
                                                                            'type': 'str',
                                                                        },
                                                                    },
                                                                },
                                                                'default': None,
                                                            },
                                                            'validation_alias': 'from',
                                                            'serialization_alias': 'from',
                                                        },
                                                        'to': {
                                                            'type': 'model-field',
                                                            'schema': {
                                                                'type': 'default',
                                                                'schema': {
                                                                    'type': 'function-before',
                                                                    'function': {
                                                                        'type': 'no-info',
                                                                        'function': _m1.DifferenceRelation._date_text,
                                                                    },
                                                                    'schema': {
                                                                        'type': 'nullable',
                                                                        'schema': {
                                                                            'type': 'str',
                                                                        },
                                                                    },
                                                                },
                                                                'default': None,
                                                            },
                                                        },
                                                        'kind': {
                                                            'type': 'model-field',
                                                            'schema': {
                                                                'type': 'literal',
                                                                'expected': [
                                                                    'difference',
                                                                ],
                                                            },
                                                        },
                                                        'value': {
                                                            'type': 'model-field',
                                                            'schema': {
                                                                'type': 'str',
                                                                'max_length': 200,
                                                                'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                            },
                                                        },
                                                        'minuend': {
                                                            'type': 'model-field',
                                                            'schema': {
                                                                'type': 'default',
                                                                'schema': {
                                                                    'type': 'nullable',
                                                                    'schema': {
                                                                        'type': 'str',
                                                                        'max_length': 200,
                                                                        'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                                    },
                                                                },
                                                                'default': None,
                                                            },
                                                        },
                                                        'subtrahend': {
                                                            'type': 'model-field',
                                                            'schema': {
                                                                'type': 'default',
                                                                'schema': {
                                                                    'type': 'nullable',
                                                                    'schema': {
                                                                        'type': 'str',
                                                                        'max_length': 200,
                                                                        'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                                    },
                                                                },
                                                                'default': None,
                                                            },
                                                        },
                                                    },
                                                    'model_name': 'DifferenceRelation',
                                                    'computed_fields': [],
                                                },
                                                'custom_init': False,
                                                'root_model': False,
                                                'config': {
                                                    'extra_fields_behavior': 'forbid',
                                                    'str_strip_whitespace': False,
                                                    'validate_by_alias': True,
                                                    'validate_by_name': True,
                                                    'title': 'DifferenceRelation',
                                                },
                                            },
                                            'ref': 'checker.kinds.DifferenceRelation',
                                        },
                                        'change': {
                                            'type': 'function-after',
                                            'function': {
                                                'type': 'no-info',
                                                'function': _m1.ChangeRelation._members,
                                            },
                                            'schema': {
                                                'type': 'model',
                                                'cls': _m1.ChangeRelation,
                                                'schema': {
                                                    'type': 'model-fields',
                                                    'fields': {
                                                        'id': {
                                                            'type': 'model-field',
                                                            'schema': {
                                                                'type': 'default',
                                                                'schema': {
                                                                    'type': 'nullable',
                                                                    'schema': {
                                                                        'type': 'str',
                                                                        'max_length': 200,
                                                                        'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                                    },
                                                                },
                                                                'default': None,
                                                            },
                                                        },
                                                        'why': {
                                                            'type': 'model-field',
                                                            'schema': {
                                                                'type': 'default',
                                                                'schema': {
                                                                    'type': 'nullable',
                                                                    'schema': {
                                                                        'type': 'str',
                                                                    },
                                                                },
                                                                'default': None,
                                                            },
                                                        },
                                                        'quantity': {
                                                            'type': 'model-field',
                                                            'schema': {
                                                                'type': 'default',
                                                                'schema': {
                                                                    'type': 'nullable',
                                                                    'schema': {
                                                                        'type': 'str',
                                                                        'max_length': 200,
                                                                        'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                                    },
                                                                },
                                                                'default': None,
                                                            },
                                                        },
                                                        'from_': {
                                                            'type': 'model-field',
                                                            'schema': {
                                                                'type': 'default',
                                                                'schema': {
                                                                    'type': 'function-before',
                                                                    'function': {
                                                                        'type': 'no-info',
                                                                        'function': _m1.ChangeRelation._date_text,
                                                                    },
                                                                    'schema': {
                                                                        'type': 'nullable',
                                                                        'schema': {
                                                                            'type': 'str',
                                                                        },
                                                                    },
                                                                },
                                                                'default': None,
                                                            },
                                                            'validation_alias': 'from',
                                                            'serialization_alias': 'from',
                                                        },
                                                        'to': {
                                                            'type': 'model-field',
                                                            'schema': {
                                                                'type': 'default',
                                                                'schema': {
                                                                    'type': 'function-before',
                                                                    'function': {
                                                                        'type': 'no-info',
                                                                        'function': _m1.ChangeRelation._date_text,
                                                                    },
                                                                    'schema': {
                                                                        'type': 'nullable',
                                                                        'schema': {
                                                                            'type': 'str',
                                                                        },
                                                                    },
                                                                },
                                                                'default': None,
                                                            },
                                                        },
                                                        'kind': {
                                                            'type': 'model-field',
                                                            'schema': {
                                                                'type': 'literal',
                                                                'expected': [
                                                                    'change',
                                                                ],
                                                            },
                                                        },
                                                        'value': {
                                                            'type': 'model-field',
                                                            'schema': {
                                                                'type': 'str',
                                                                'max_length': 200,
                                                                'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                            },
                                                        },
                                                        'new': {
                                                            'type': 'model-field',
                                                            'schema': {
                                                                'type': 'default',
                                                                'schema': {
                                                                    'type': 'nullable',
                                                                    'schema': {
                                                                        'type': 'str',
                                                                        'max_length': 200,
                                                                        'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                                    },
                                                                },
                                                                'default': None,
                                                            },
                                                        },
                                                        'old': {
                                                            'type': 'model-field',
                                                            'schema': {
                                                                'type': 'default',
                                                                'schema': {
                                                                    'type': 'nullable',
                                                                    'schema': {
                                                                        'type': 'str',
                                                                        'max_length': 200,
                                                                        'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                                    },
                                                                },
                                                                'default': None,
                                                            },
                                                        },
                                                        'scale': {
                                                            'type': 'model-field',
                                                            'schema': {
                                                                'type': 'default',
                                                                'schema': {
                                                                    'type': 'function-after',
                                                                    'function': {
                                                                        'type': 'no-info',
                                                                        'function': _m1.ChangeRelation._scale_positive,
                                                                    },
                                                                    'schema': {
                                                                        'type': 'decimal',
                                                                    },
                                                                },
                                                                'default': Decimal('100'),
                                                            },
                                                        },
                                                    },
                                                    'model_name': 'ChangeRelation',
                                                    'computed_fields': [],
                                                },
                                                'custom_init': False,
                                                'root_model': False,
                                                'config': {
                                                    'extra_fields_behavior': 'forbid',
                                                    'str_strip_whitespace': False,
                                                    'validate_by_alias': True,
                                                    'validate_by_name': True,
                                                    'title': 'ChangeRelation',
                                                },
                                            },
                                            'ref': 'checker.kinds.ChangeRelation',
                                        },
                                    },
                                    'discriminator': 'kind',
                                    'strict': False,
                                    'from_attributes': True,
                                },
                            },
                            'default': [],
                        },
                    },
                    'claims': {
                        'type': 'model-field',
                        'schema': {
                            'type': 'default',
                            'schema': {
                                'type': 'list',
                                'items_schema': {
                                    'type': 'function-after',
                                    'function': {
                                        'type': 'no-info',
                                        'function': _m0.Claim._quoted_or_counted,
                                    },
                                    'schema': {
                                        'type': 'dataclass',
                                        'cls': _m0.Claim,
                                        'fields': [
                                            'id',
                                            'source',
                                            'quantity',
                                            'quote',
                                            'says',
                                            'count',
                                            'value',
                                            'attributed_to',
                                            'as_of',
                                            'revises',
                                            'rounding',
                                            'note',
                                        ],
                                        'schema': {
                                            'type': 'dataclass-args',
                                            'dataclass_name': 'Claim',
                                            'fields': [
                                                {
                                                    'type': 'dataclass-field',
                                                    'name': 'quote',
                                                    'schema': {
                                                        'type': 'default',
                                                        'schema': {
                                                            'type': 'nullable',
                                                            'schema': {
                                                                'type': 'str',
                                                                'min_length': 1,
                                                            },
                                                        },
                                                        'default': None,
                                                    },
                                                    'kw_only': False,
                                                },
                                                {
                                                    'type': 'dataclass-field',
                                                    'name': 'says',
                                                    'schema': {
                                                        'type': 'default',
                                                        'schema': {
                                                            'type': 'nullable',
                                                            'schema': {
                                                                'type': 'str',
                                                                'min_length': 1,
                                                            },
                                                        },
                                                        'default': None,
                                                    },
                                                    'kw_only': False,
                                                },
                                                {
                                                    'type': 'dataclass-field',
                                                    'name': 'id',
                                                    'schema': {
                                                        'type': 'default',
                                                        'schema': {
                                                            'type': 'nullable',
                                                            'schema': {
                                                                'type': 'str',
                                                                'max_length': 200,
                                                                'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                            },
                                                        },
                                                        'default': None,
                                                    },
                                                    'init': True,
                                                },
                                                {
                                                    'type': 'dataclass-field',
                                                    'name': 'source',
                                                    'schema': {
                                                        'type': 'str',
                                                        'max_length': 200,
                                                        'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                    },
                                                    'init': True,
                                                },
                                                {
                                                    'type': 'dataclass-field',
                                                    'name': 'quantity',
                                                    'schema': {
                                                        'type': 'str',
                                                        'max_length': 200,
                                                        'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                    },
                                                    'init': True,
                                                },
                                                {
                                                    'type': 'dataclass-field',
                                                    'name': 'count',
                                                    'schema': {
                                                        'type': 'default',
                                                        'schema': {
                                                            'type': 'nullable',
                                                            'schema': {
                                                                'type': 'dict',
                                                                'keys_schema': {
                                                                    'type': 'str',
                                                                },
                                                                'values_schema': {
                                                                    'type': 'any',
                                                                },
                                                            },
                                                        },
                                                        'default': None,
                                                    },
                                                    'init': True,
                                                },
                                                {
                                                    'type': 'dataclass-field',
                                                    'name': 'value',
                                                    'schema': {
                                                        'type': 'default',
                                                        'schema': {
                                                            'type': 'nullable',
                                                            'schema': {
                                                                'type': 'function-after',
                                                                'function': {
                                                                    'type': 'no-info',
                                                                    'function': _m0.Value._finite,
                                                                },
                                                                'schema': {
                                                                    'type': 'model',
                                                                    'cls': _m0.Value,
                                                                    'schema': {
                                                                        'type': 'model-fields',
                                                                        'fields': {
                                                                            'min': {
                                                                                'type': 'model-field',
                                                                                'schema': {
                                                                                    'type': 'default',
                                                                                    'schema': {
                                                                                        'type': 'nullable',
                                                                                        'schema': {
                                                                                            'type': 'decimal',
                                                                                        },
                                                                                    },
                                                                                    'default': None,
                                                                                },
                                                                            },
                                                                            'max': {
                                                                                'type': 'model-field',
                                                                                'schema': {
                                                                                    'type': 'default',
                                                                                    'schema': {
                                                                                        'type': 'nullable',
                                                                                        'schema': {
                                                                                            'type': 'decimal',
                                                                                        },
                                                                                    },
                                                                                    'default': None,
                                                                                },
                                                                            },
                                                                            'min_open': {
                                                                                'type': 'model-field',
                                                                                'schema': {
                                                                                    'type': 'default',
                                                                                    'schema': {
                                                                                        'type': 'bool',
                                                                                    },
                                                                                    'default': False,
                                                                                },
                                                                            },
                                                                            'max_open': {
                                                                                'type': 'model-field',
                                                                                'schema': {
                                                                                    'type': 'default',
                                                                                    'schema': {
                                                                                        'type': 'bool',
                                                                                    },
                                                                                    'default': False,
                                                                                },
                                                                            },
                                                                        },
                                                                        'model_name': 'Value',
                                                                        'computed_fields': [],
                                                                    },
                                                                    'custom_init': False,
                                                                    'root_model': False,
                                                                    'config': {
                                                                        'extra_fields_behavior': 'forbid',
                                                                        'str_strip_whitespace': False,
                                                                        'title': 'Value',
                                                                    },
                                                                },
                                                                'ref': 'checker.models.Value',
                                                            },
                                                        },
                                                        'default': None,
                                                    },
                                                    'init': True,
                                                },
                                                {
                                                    'type': 'dataclass-field',
                                                    'name': 'attributed_to',
                                                    'schema': {
                                                        'type': 'default',
                                                        'schema': {
                                                            'type': 'nullable',
                                                            'schema': {
                                                                'type': 'str',
                                                                'max_length': 200,
                                                                'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                            },
                                                        },
                                                        'default': None,
                                                    },
                                                    'init': True,
                                                },
                                                {
                                                    'type': 'dataclass-field',
                                                    'name': 'as_of',
                                                    'schema': {
                                                        'type': 'default',
                                                        'schema': {
                                                            'type': 'function-before',
                                                            'function': {
                                                                'type': 'no-info',
                                                                'function': _m0.Claim._as_of_text,
                                                            },
                                                            'schema': {
                                                                'type': 'nullable',
                                                                'schema': {
                                                                    'type': 'str',
                                                                },
                                                            },
                                                        },
                                                        'default': None,
                                                    },
                                                    'init': True,
                                                },
                                                {
                                                    'type': 'dataclass-field',
                                                    'name': 'revises',
                                                    'schema': {
                                                        'type': 'default',
                                                        'schema': {
                                                            'type': 'nullable',
                                                            'schema': {
                                                                'type': 'str',
                                                                'max_length': 200,
                                                                'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                            },
                                                        },
                                                        'default': None,
                                                    },
                                                    'init': True,
                                                },
                                                {
                                                    'type': 'dataclass-field',
                                                    'name': 'rounding',
                                                    'schema': {
                                                        'type': 'default',
                                                        'schema': {
                                                            'type': 'nullable',
                                                            'schema': {
                                                                'type': 'literal',
                                                                'expected': [
                                                                    'half-up',
                                                                    'either',
                                                                ],
                                                            },
                                                        },
                                                        'default': None,
                                                    },
                                                    'init': True,
                                                },
                                                {
                                                    'type': 'dataclass-field',
                                                    'name': 'note',
                                                    'schema': {
                                                        'type': 'default',
                                                        'schema': {
                                                            'type': 'nullable',
                                                            'schema': {
                                                                'type': 'str',
                                                            },
                                                        },
                                                        'default': None,
                                                    },
                                                    'init': True,
                                                },
                                            ],
                                            'computed_fields': [],
                                            'collect_init_only': False,
                                        },
                                        'post_init': False,
                                        'frozen': False,
                                        'slots': True,
                                        'config': {
                                            'extra_fields_behavior': 'forbid',
                                            'str_strip_whitespace': False,
                                            'title': 'Claim',
                                        },
                                    },
                                    'ref': 'checker.models.Claim',
                                },
                            },
                            'default': [],
                        },
                    },
                    'ignore': {
                        'type': 'model-field',
                        'schema': {
                            'type': 'default',
                            'schema': {
                                'type': 'list',
                                'items_schema': {
                                    'type': 'function-after',
                                    'function': {
                                        'type': 'no-info',
                                        'function': _m0.Ignore._selects,
                                    },
                                    'schema': {
                                        'type': 'model',
                                        'cls': _m0.Ignore,
                                        'schema': {
                                            'type': 'model-fields',
                                            'fields': {
                                                'source': {
                                                    'type': 'model-field',
                                                    'schema': {
                                                        'type': 'str',
                                                        'max_length': 200,
                                                        'pattern': '^[a-z0-9][a-z0-9._-]*$',
                                                    },
                                                },
                                                'says': {
                                                    'type': 'model-field',
                                                    'schema': {
                                                        'type': 'default',
                                                        'schema': {
                                                            'type': 'nullable',
                                                            'schema': {
                                                                'type': 'str',
                                                                'min_length': 1,
                                                            },
                                                        },
                                                        'default': None,
                                                    },
                                                },
                                                'quote': {
                                                    'type': 'model-field',
                                                    'schema': {
                                                        'type': 'default',
                                                        'schema': {
                                                            'type': 'nullable',
                                                            'schema': {
                                                                'type': 'str',
                                                            },
                                                        },
                                                        'default': None,
                                                    },
                                                },
                                                'kind': {
                                                    'type': 'model-field',
                                                    'schema': {
                                                        'type': 'default',
                                                        'schema': {
                                                            'type': 'nullable',
                                                            'schema': {
                                                                'type': 'literal',
                                                                'expected': [
                                                                    'date',
                                                                    'span',
                                                                    'year',
                                                                    'time',
                                                                    'age',
                                                                    'ordinal',
                                                                    'name',
                                                                ],
                                                            },
                                                        },
                                                        'default': None,
                                                    },
                                                },
                                                'pattern': {
                                                    'type': 'model-field',
                                                    'schema': {
                                                        'type': 'default',
                                                        'schema': {
                                                            'type': 'nullable',
                                                            'schema': {
                                                                'type': 'str',
                                                                'min_length': 1,
                                                                'max_length': 200,
                                                            },
                                                        },
                                                        'default': None,
                                                    },
                                                },
                                                'section': {
                                                    'type': 'model-field',
                                                    'schema': {
                                                        'type': 'default',
                                                        'schema': {
                                                            'type': 'nullable',
                                                            'schema': {
                                                                'type': 'definition-ref',
                                                                'schema_ref': 'checker.models.Section',
                                                            },
                                                        },
                                                        'default': None,
                                                    },
                                                },
                                                'why': {
                                                    'type': 'model-field',
                                                    'schema': {
                                                        'type': 'str',
                                                        'min_length': 1,
                                                    },
                                                },
                                            },
                                            'model_name': 'Ignore',
                                            'computed_fields': [],
                                        },
                                        'custom_init': False,
                                        'root_model': False,
                                        'config': {
                                            'extra_fields_behavior': 'forbid',
                                            'str_strip_whitespace': False,
                                            'title': 'Ignore',
                                        },
                                    },
                                    'ref': 'checker.models.Ignore',
                                },
                            },
                            'default': [],
                        },
                    },
                },
                'model_name': 'CorpusFile',
                'computed_fields': [],
            },
            'custom_init': False,
            'root_model': False,
            'config': {
                'extra_fields_behavior': 'forbid',
                'str_strip_whitespace': False,
                'title': 'CorpusFile',
            },
            'ref': 'checker.models.CorpusFile',
        },
        'definitions': [
            {
                'type': 'model',
                'cls': _m0.Section,
                'schema': {
                    'type': 'model-fields',
                    'fields': {
                        'from_': {
                            'type': 'model-field',
                            'schema': {
                                'type': 'str',
                                'min_length': 1,
                            },
                            'validation_alias': 'from',
                            'serialization_alias': 'from',
                        },
                        'to': {
                            'type': 'model-field',
                            'schema': {
                                'type': 'str',
                                'min_length': 1,
                            },
                        },
                    },
                    'model_name': 'Section',
                    'computed_fields': [],
                },
                'custom_init': False,
                'root_model': False,
                'config': {
                    'extra_fields_behavior': 'forbid',
                    'str_strip_whitespace': False,
                    'validate_by_alias': True,
                    'validate_by_name': True,
                    'title': 'Section',
                },
                'ref': 'checker.models.Section',
            },
        ],
    }

//! The universe scope and package unsafe (go/types' universe.go).

use crate::constant::Value;
use crate::name::Name;
use crate::source::Pos;

use super::object::{Builtin, ObjKind, VarKind};
use super::typ::*;
use super::{ObjId, PkgId, Program, ScopeId};

/// Ids of the predeclared types and objects.
#[derive(Clone, Debug)]
pub struct Universe {
    pub scope: ScopeId,
    /// Basic types by kind (`typ[BasicKind::Int as usize]`).
    pub typ: [TypeId; 26],
    pub byte: TypeId,
    pub rune: TypeId,
    pub invalid: TypeId,
    /// `any`, an alias of the empty interface.
    pub any: TypeId,
    pub empty_interface: TypeId,
    pub error: TypeId,
    /// The `Error() string` method of `error`.
    pub error_method: ObjId,
    pub comparable: TypeId,
    /// The underlying interface of `comparable`, whose type set is "all
    /// comparable types".
    pub comparable_iface: TypeId,
    pub empty_tuple: TypeId,
    pub iota: ObjId,
    pub nil: ObjId,
    pub unsafe_pkg: PkgId,
    pub unsafe_pointer: TypeId,
}

impl Universe {
    /// A value to construct `Program` with before `build` fills it in.
    pub(super) fn placeholder() -> Universe {
        let z = TypeId(0);
        Universe {
            scope: ScopeId(0),
            typ: [z; 26],
            byte: z,
            rune: z,
            invalid: z,
            any: z,
            empty_interface: z,
            error: z,
            error_method: ObjId(0),
            comparable: z,
            comparable_iface: z,
            empty_tuple: z,
            iota: ObjId(0),
            nil: ObjId(0),
            unsafe_pkg: PkgId(0),
            unsafe_pointer: z,
        }
    }

    pub(super) fn build(p: &mut Program) -> Universe {
        let scope = p.new_scope(None, Pos::NONE, Pos::NONE, "universe");
        let mut typ = [TypeId(0); 26];
        for k in BasicKind::ALL {
            typ[k as usize] = p.new_type(Type::Basic(Basic {
                kind: k,
                name: k.name(),
            }));
        }
        let byte = p.new_type(Type::Basic(Basic {
            kind: BasicKind::Uint8,
            name: "byte",
        }));
        let rune = p.new_type(Type::Basic(Basic {
            kind: BasicKind::Int32,
            name: "rune",
        }));
        let empty_tuple = p.new_type(Type::Tuple(Vec::new()));
        let invalid = typ[BasicKind::Invalid as usize];

        // Type names of the typed basic types (not the untyped ones, nor
        // unsafe.Pointer, which lives in package unsafe).
        let def_type = |p: &mut Program, name: &str, t: TypeId| {
            let o = p.new_obj(
                ObjKind::TypeName,
                Pos::NONE,
                None,
                Name::intern(name),
                Some(t),
            );
            p.scope_insert(scope, o);
            o
        };
        for k in BasicKind::ALL {
            if k == BasicKind::Invalid || k == BasicKind::UnsafePointer || k.is_untyped() {
                continue;
            }
            def_type(p, k.name(), typ[k as usize]);
        }
        def_type(p, "byte", byte);
        def_type(p, "rune", rune);

        // any = interface{}
        let empty_interface = p.new_type(Type::Interface(Interface {
            complete: true,
            ..Interface::default()
        }));
        let any_obj = p.new_obj(
            ObjKind::TypeName,
            Pos::NONE,
            None,
            Name::intern("any"),
            None,
        );
        let any = p.new_type(Type::Alias(Alias {
            obj: any_obj,
            orig: TypeId(u32::MAX),
            tparams: Vec::new(),
            targs: Vec::new(),
            rhs: Some(empty_interface),
        }));
        if let Type::Alias(a) = p.ty_mut(any) {
            a.orig = any;
        }
        p.obj_mut(any_obj).typ = Some(any);
        p.scope_insert(scope, any_obj);

        // type error interface { Error() string }
        let err_obj = p.new_obj(
            ObjKind::TypeName,
            Pos::NONE,
            None,
            Name::intern("error"),
            None,
        );
        let error = p.new_type(Type::Named(Named {
            obj: err_obj,
            orig: TypeId(u32::MAX),
            tparams: Vec::new(),
            targs: Vec::new(),
            underlying: None,
            from_rhs: None,
            methods: Vec::new(),
        }));
        p.obj_mut(err_obj).typ = Some(error);
        let string_t = typ[BasicKind::String as usize];
        let res = p.new_var(
            VarKind::ResultVar,
            Pos::NONE,
            None,
            Name::intern(""),
            string_t,
        );
        let results = p.new_type(Type::Tuple(vec![res]));
        let recv = p.new_var(VarKind::RecvVar, Pos::NONE, None, Name::intern("_"), error);
        let sig = p.new_type(Type::Signature(Signature {
            rparams: Vec::new(),
            tparams: Vec::new(),
            recv: Some(recv),
            params: empty_tuple,
            results,
            variadic: false,
            scope: None,
        }));
        let error_method = p.new_obj(
            ObjKind::Func {
                origin: None,
                has_ptr_recv: false,
            },
            Pos::NONE,
            None,
            Name::intern("Error"),
            Some(sig),
        );
        let err_iface = p.new_type(Type::Interface(Interface {
            methods: vec![error_method],
            complete: true,
            ..Interface::default()
        }));
        if let Type::Named(n) = p.ty_mut(error) {
            n.orig = error;
            n.underlying = Some(err_iface);
        }
        p.scope_insert(scope, err_obj);

        // type comparable interface{ /* comparable types */ }
        let cmp_obj = p.new_obj(
            ObjKind::TypeName,
            Pos::NONE,
            None,
            Name::intern("comparable"),
            None,
        );
        let comparable_iface = p.new_type(Type::Interface(Interface {
            complete: true,
            ..Interface::default()
        }));
        let comparable = p.new_type(Type::Named(Named {
            obj: cmp_obj,
            orig: TypeId(u32::MAX),
            tparams: Vec::new(),
            targs: Vec::new(),
            underlying: Some(comparable_iface),
            from_rhs: None,
            methods: Vec::new(),
        }));
        if let Type::Named(n) = p.ty_mut(comparable) {
            n.orig = comparable;
        }
        p.obj_mut(cmp_obj).typ = Some(comparable);
        p.scope_insert(scope, cmp_obj);

        // Constants.
        let ub = typ[BasicKind::UntypedBool as usize];
        for (name, v) in [("true", true), ("false", false)] {
            let o = p.new_obj(
                ObjKind::Const {
                    val: Value::make_bool(v),
                },
                Pos::NONE,
                None,
                Name::intern(name),
                Some(ub),
            );
            p.scope_insert(scope, o);
        }
        let ui = typ[BasicKind::UntypedInt as usize];
        let iota = p.new_obj(
            ObjKind::Const {
                val: Value::make_int64(0),
            },
            Pos::NONE,
            None,
            Name::intern("iota"),
            Some(ui),
        );
        p.scope_insert(scope, iota);
        let nil = p.new_obj(
            ObjKind::Nil,
            Pos::NONE,
            None,
            Name::intern("nil"),
            Some(typ[BasicKind::UntypedNil as usize]),
        );
        p.scope_insert(scope, nil);

        // Builtin functions.
        for b in Builtin::UNIVERSE {
            let o = p.new_obj(
                ObjKind::Builtin(b),
                Pos::NONE,
                None,
                Name::intern(b.name()),
                Some(invalid),
            );
            p.scope_insert(scope, o);
        }

        // Package unsafe.
        let uscope = p.new_scope(Some(scope), Pos::NONE, Pos::NONE, "package unsafe");
        let unsafe_pkg = PkgId(p.pkgs.len() as u32);
        p.pkgs.push(super::Package {
            path: "unsafe".into(),
            name: Name::intern("unsafe"),
            scope: uscope,
            imports: Vec::new(),
            complete: true,
            fake: false,
        });
        p.pkg_by_path.insert("unsafe".into(), unsafe_pkg);
        let unsafe_pointer = typ[BasicKind::UnsafePointer as usize];
        let ptr_obj = p.new_obj(
            ObjKind::TypeName,
            Pos::NONE,
            Some(unsafe_pkg),
            Name::intern("Pointer"),
            Some(unsafe_pointer),
        );
        p.scope_insert(uscope, ptr_obj);
        for b in Builtin::UNSAFE {
            let o = p.new_obj(
                ObjKind::Builtin(b),
                Pos::NONE,
                Some(unsafe_pkg),
                Name::intern(b.name()),
                Some(invalid),
            );
            p.scope_insert(uscope, o);
        }

        Universe {
            scope,
            typ,
            byte,
            rune,
            invalid,
            any,
            empty_interface,
            error,
            error_method,
            comparable,
            comparable_iface,
            empty_tuple,
            iota,
            nil,
            unsafe_pkg,
            unsafe_pointer,
        }
    }

    pub fn basic(&self, k: BasicKind) -> TypeId {
        self.typ[k as usize]
    }
}
